extension Code128 {
    /// The human-readable line printed under the barcode: the code in short groups so that
    /// a courier can read it out or type it in without losing their place.
    ///
    /// A UPU S10 code (two letters, nine digits, two letters) is grouped as the post does:
    /// `RR123456785NL` → `RR 1234 5678 5 NL`. Any other code is split into groups of four
    /// from the left: `3SABCD1234567` → `3SAB CD12 3456 7`.
    static func humanReadableText(for code: String) -> String {
        let characters = Array(code)
        if isS10(characters) {
            return [
                String(characters[0..<2]), String(characters[2..<6]), String(characters[6..<10]),
                String(characters[10..<11]), String(characters[11..<13]),
            ].joined(separator: " ")
        }
        return stride(from: 0, to: characters.count, by: 4)
            .map { String(characters[$0..<min($0 + 4, characters.count)]) }
            .joined(separator: " ")
    }

    private static func isS10(_ characters: [Character]) -> Bool {
        guard characters.count == 13 else { return false }
        let isLetter = { (character: Character) in character.isASCII && character.isUppercase }
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        return characters[0..<2].allSatisfy(isLetter) && characters[2..<11].allSatisfy(isDigit)
            && characters[11..<13].allSatisfy(isLetter)
    }
}
