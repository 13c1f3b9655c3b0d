extension LabelContent {
    /// Whether `code` may be a tracking code on a label: `A–Z` and `0–9` only, so that no
    /// character can act as a printer command or a Code 128 control code, and every scanner
    /// and person reads it the same way.
    public static func isPrintableTrackingCode(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }

    /// The tracking URL as the QR code holds it: printable ASCII without spaces, any other byte
    /// percent-encoded. The link keeps working and both the PDF and the printer encode the
    /// same bytes.
    static func qrPayload(_ url: String) -> String {
        var result = ""
        for byte in LabelText.printable(url).utf8 {
            if (0x21...0x7E).contains(byte) {
                result.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                result += "%" + LabelText.hex(byte)
            }
        }
        return result
    }
}
