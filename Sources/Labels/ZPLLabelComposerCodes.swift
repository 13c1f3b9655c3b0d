extension ZPLLabelComposer {
    /// Bytes a QR code of error correction level M holds in byte mode, for versions 1–40.
    private static let qrByteCapacityM = [
        14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
        711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989,
        2099, 2213, 2331,
    ]

    /// Whether `code` may go into the barcode: `A–Z` and `0–9` only, so that no character can
    /// act as a printer command or a Code 128 invocation code.
    static func isPrintableTrackingCode(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }

    /// The Code 128 of the tracking code, centred in its zone with at least ten modules of
    /// quiet zone on each side, and the spaced code below it.
    mutating func drawBarcode() {
        let zone = LabelLayout.barcode
        let code = content.trackingCode
        guard Self.isPrintableTrackingCode(code), let moduleCount = try? Code128.modules(for: code).count else {
            let notice =
                content.language == .dutch
                ? "GEEN BARCODE: trackingcode niet afdrukbaar" : "NO BARCODE: tracking code not printable"
            line(notice, x: zone.x, y: zone.y + 12, width: zone.width, size: 4, minimum: 2.5, alignment: .centre)
            return
        }
        let zoneWidth = format.dots(zone.width)
        // The widest module at which symbol plus 2 × 10 modules of quiet zone fit the zone.
        let moduleWidth =
            moduleWidths.first { (moduleCount + 20) * $0 <= zoneWidth } ?? moduleWidths.last ?? 2
        let symbolWidth = moduleCount * moduleWidth
        let barTop = zone.y + 0.5
        format.code128(
            code, x: format.dots(zone.x) + (zoneWidth - symbolWidth) / 2, y: format.dots(barTop),
            moduleWidth: moduleWidth, barHeight: format.dots(LabelLayout.barHeight))
        line(
            Code128.humanReadableText(for: code), x: zone.x, y: barTop + LabelLayout.barHeight + 1,
            width: zone.width, size: 4.2, minimum: 2.5, alignment: .centre)
    }

    /// The QR code of the tracking URL and, to its right, reference, insured value and the
    /// courier's instructions.
    mutating func drawFooter() {
        drawQRCode()
        var lines: [ZPLStackedLine] = []
        if let reference = content.reference {
            lines.append(
                ZPLStackedLine(text: "\(captions.reference): \(reference)", size: 3.2, minimum: 2.2, spaceBefore: 1))
        }
        if let insured = content.insuredValue {
            lines.append(
                ZPLStackedLine(text: "\(captions.insured): \(insured)", size: 3, minimum: 2.2, spaceBefore: 0.8))
        }
        if let instructions = content.instructions {
            lines.append(
                ZPLStackedLine(
                    text: "\(captions.instructions): \(instructions)", size: 2.8, minimum: 2.2, maxLines: 4,
                    spaceBefore: 0.8))
        }
        stack(lines, in: LabelLayout.references)
    }

    private mutating func drawQRCode() {
        let zone = LabelLayout.qr
        let payload = Self.qrPayload(content.trackingURL)
        guard !payload.isEmpty,
            let version = Self.qrByteCapacityM.firstIndex(where: { $0 >= payload.utf8.count }).map({ $0 + 1 })
        else { return }
        let modules = 17 + 4 * version
        let side = format.dots(min(zone.width, zone.height))
        // Four modules of quiet zone on every side stay inside the zone.
        let magnification = min(10, side / (modules + 8))
        guard magnification >= 1 else { return }
        let offset = (side - modules * magnification) / 2
        format.qrCode(
            payload, x: format.dots(zone.x) + offset, y: format.dots(zone.y) + offset, magnification: magnification)
    }

    /// The tracking URL as printable ASCII without spaces: any other byte percent-encoded,
    /// which keeps the link working and the QR field free of bytes the printer cannot encode.
    static func qrPayload(_ url: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var result = ""
        for byte in url.trimmingSpaces().utf8 {
            if (0x21...0x7E).contains(byte) {
                result.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
