import Testing

@testable import Labels

/// The layout step shared by the PDF and the ZPL renderer.
@Suite struct LabelModelTests {
    /// The QR version the model sizes the thermal QR code by is the one libqrencode (and a
    /// printer, which encodes the same bytes at the same level) chooses.
    @Test func qrVersionMatchesTheEncoder() throws {
        for length in [1, 14, 15, 26, 27, 62, 63, 106, 107, 213, 214, 500, 1000, 2331] {
            let payload = String(repeating: "h", count: length)
            let model = try LabelQRCode(payload: payload, zone: LabelLayout.qr)
            #expect(model.version == (try QRMatrix(payload)).version, "\(length) bytes")
            #expect(model.moduleCount == (try QRMatrix(payload)).size)
        }
        #expect(throws: LabelRenderingError.self) {
            try LabelQRCode(payload: String(repeating: "h", count: 2332), zone: LabelLayout.qr)
        }
        #expect(throws: LabelRenderingError.self) { try LabelQRCode(payload: "", zone: LabelLayout.qr) }
    }

    /// Every zone of the label is a named block, once; a return adds its marker.
    @Test func blocksOfAnOrdinaryAndAReturnLabel() throws {
        let ordinary = try LabelModel(LabelFixtures.ordinary.content).textBlocks.map(\.name)
        #expect(
            ordinary == [
                .sender, .route, .title, .weight, .parcelCount, .shippingDate, .deliveryDate, .recipient, .trackingText,
                .references,
            ])
        let returned = try LabelModel(LabelFixtures.returnLabel.content).textBlocks.map(\.name)
        #expect(returned.contains(.returnMarker))
        #expect(
            try LabelModel(LabelFixtures.returnLabel.content).textBlocks.first { $0.name == .returnMarker }?.ink
                == .white)
    }

    /// Stacking: lines that fit keep their size; too many lines shrink together, never below
    /// their minimum, and never run past the zone.
    @Test func stackShrinksTogetherAndStaysInside() {
        let lines = (0..<6).map { LabelTextLine(text: "line \($0)", size: 20, minSize: 8) }
        let roomy = TextStackLayout.place(lines, height: 100) { _, size, _ in size * 0.4 }
        #expect(roomy.placements.allSatisfy { $0.size == 20 })
        let tight = TextStackLayout.place(lines, height: 30) { _, size, _ in size * 0.4 }
        let sizes = Set(tight.placements.map(\.size))
        #expect(sizes.count == 1 && sizes.first! < 20 && sizes.first! >= 8)
        #expect(tight.height <= 30)
        let centred = TextStackLayout.place([lines[0]], height: 20, verticalAlignment: .center) { _, _, _ in 4 }
        #expect(centred.placements.first?.top == 8)
    }
}
