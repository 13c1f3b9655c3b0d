/// The printed forms of label values (weight, parcel count, joined address parts).
enum LabelText {
    /// Weight in kilograms with two decimals, e.g. "2.35 kg" (English) or "2,35 kg" (Dutch).
    static func weight(grams: Int, decimalSeparator: Character) -> String {
        let hundredths = (max(0, grams) + 5) / 10
        let fraction = hundredths % 100
        return "\(hundredths / 100)\(decimalSeparator)\(fraction < 10 ? "0" : "")\(fraction) kg"
    }

    /// "n/m" parcel count.
    static func parcelCount(number: Int, of count: Int) -> String {
        "\(number)/\(count)"
    }

    /// Non-empty parts joined with `separator`.
    static func join(_ parts: [String?], separator: String = ", ") -> String {
        parts.compactMap { part in
            guard let part else { return nil }
            let clean = PDFCanvas.printable(part)
            return clean.isEmpty ? nil : clean
        }.joined(separator: separator)
    }
}
