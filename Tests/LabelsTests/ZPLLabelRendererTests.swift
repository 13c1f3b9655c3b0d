import Foundation
import Testing

@testable import Labels

/// ASCII label contents for the thermal label tests (zplkit's preview fonts hold printable
/// ASCII only; UTF-8 is covered by the escaping tests).
enum ZPLFixtures {
    static let sender = LabelContent.Address(
        name: "Webshop De Vries", contactName: "Magazijn", street: "Industrieweg 12", zipcode: "3542 AD",
        city: "Utrecht", countryCode: "NL")

    static let standard = LabelContent(
        carrierName: "Snelkoerier", serviceName: "Parcel Standard", serviceCode: "STD", sender: sender,
        recipient: .init(
            name: "Jan Jansen", contactName: "Receptie", street: "Damrak 1", street2: "3e verdieping",
            zipcode: "1012 LG", city: "Amsterdam", countryCode: "NL"),
        trackingCode: "RR123456785NL", trackingURL: "https://track.snelkoerier.example/t/RR123456785NL",
        weightGrams: 1250, shippingDate: "2025-11-25", preferredDeliveryDate: "2025-11-27",
        insuredValue: "EUR 199.99", reference: "Order 10042", instructions: "Leave with the neighbours at no. 3",
        parcelNumber: 1, parcelCount: 2, routingCode: "AMS-12")

    static var dutchReturn: LabelContent {
        var content = standard
        content.language = .dutch
        content.isReturn = true
        content.sender = standard.recipient
        content.recipient = sender
        content.trackingCode = "3SABCD1234567"
        content.trackingURL = "https://track.snelkoerier.example/t/3SABCD1234567?lang=nl"
        content.routingCode = nil
        return content
    }

    static var pickupPoint: LabelContent {
        var content = standard
        content.recipient = .init(
            name: "Piet Pietersen", street: "Kerkstraat 5", zipcode: "5611 GH", city: "Eindhoven", countryCode: "NL")
        content.pickupPoint = .init(
            id: "NL-123456", name: "Tabakszaak De Hoek", street: "Markt 7", zipcode: "5611 EB", city: "Eindhoven",
            countryCode: "NL")
        content.trackingCode = "CD000000017NL"
        content.trackingURL = "https://track.snelkoerier.example/t/CD000000017NL"
        return content
    }

    static var longFields: LabelContent {
        var content = standard
        content.recipient = .init(
            name: "Internationale Handelsonderneming Van der Berg-Hoogendoorn en Zonen B.V. afdeling Inkoop",
            contactName: "Mevrouw Wilhelmina Alexandra Hoogendoorn-Vandersteen, hoofd logistiek",
            street: "Burgemeester van Karnebeekstraat Noordzijde 1234 bis achterom via de steeg naast de bakkerij",
            street2: "Gebouw C, vierde verdieping, kamer 4.12 tot en met 4.19, toegang via de goederenlift",
            zipcode: "2585 BA", city: "'s-Gravenhage Centrum Binnenstad Noord", region: "Zuid-Holland Provincie",
            countryCode: "NL")
        content.serviceName = "Parcel Standard Next Day Evening Delivery With Signature And Age Check"
        content.carrierName = "Snelkoerier Internationale Pakketdiensten"
        content.reference = String(repeating: "REF-", count: 40)
        content.instructions = String(repeating: "Please ring twice and wait patiently at the back door. ", count: 12)
        content.trackingCode = "ABCDEFGHIJ0123456789"
        content.trackingURL =
            "https://track.snelkoerier.example/t/ABCDEFGHIJ0123456789?utm_source=label&x="
            + String(
                repeating: "y", count: 60)
        return content
    }

    static var minimal: LabelContent {
        LabelContent(
            carrierName: "Snelkoerier", serviceName: "Brievenbuspakje", serviceCode: "BBP",
            sender: .init(name: "Shop", street: "Weg 1", zipcode: "1000 AA", city: "Amsterdam", countryCode: "NL"),
            recipient: .init(name: "A. Klant", street: "Laan 2", zipcode: "10115", city: "Berlin", countryCode: "DE"),
            trackingCode: "12345678", trackingURL: "https://t.example/12345678", weightGrams: 80,
            shippingDate: "2025-11-25")
    }

    static let all: [(name: String, content: LabelContent)] = [
        ("standard", standard), ("dutchReturn", dutchReturn), ("pickupPoint", pickupPoint),
        ("longFields", longFields), ("minimal", minimal),
    ]
}

@Suite("ZPL label renderer")
struct ZPLLabelRendererTests {
    @Test func headerMatchesA6AtBothResolutions() throws {
        let zpl203 = try ZPLLabelRenderer().render(ZPLFixtures.standard)
        let zpl300 = try ZPLLabelRenderer(resolution: .dpi300).render(ZPLFixtures.standard)
        #expect(zpl203.hasPrefix("^XA\n^CI28\n^PW832^LL1184^LH0,0\n"))
        #expect(zpl300.hasPrefix("^XA\n^CI28\n^PW1248^LL1776^LH0,0\n"))
        for zpl in [zpl203, zpl300] {
            #expect(zpl.hasSuffix("^XZ\n"))
            #expect(zpl.components(separatedBy: "^XA").count == 2)
            #expect(zpl.components(separatedBy: "^XZ").count == 2)
        }
    }

    @Test func sameContentGivesTheSameZPL() throws {
        for fixture in ZPLFixtures.all {
            let first = try ZPLLabelRenderer().render(fixture.content)
            #expect(try ZPLLabelRenderer().render(fixture.content) == first)
        }
    }

    /// The module width is the widest whole number of dots at which the symbol and ten
    /// modules of quiet zone on each side fit the barcode zone, and the symbol is centred.
    @Test(arguments: [
        ("RR123456785NL", ZPLLabelRenderer.Resolution.dpi203, 4), ("RR123456785NL", .dpi300, 6),
        ("ABCDEFGHIJ0123456789", .dpi203, 3), ("ABCDEFGHIJ0123456789", .dpi300, 5),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", .dpi203, 2),
    ])
    func barcodeModuleWidthAndQuietZones(code: String, resolution: ZPLLabelRenderer.Resolution, expected: Int) throws {
        var content = ZPLFixtures.standard
        content.trackingCode = code
        let zpl = try ZPLLabelRenderer(resolution: resolution).render(content)
        let lines = zpl.split(separator: "\n").map(String.init)
        let barcodeLine = try #require(lines.first { $0.contains("^BC") })
        let byLine = try #require(lines.firstIndex(of: barcodeLine).map { lines[$0 - 1] })
        #expect(byLine == "^BY\(expected)")
        #expect(barcodeLine.hasSuffix("^BCN,\(25 * resolution.dotsPerMillimetre),N,N,N,A^FD\(code)^FS"))

        let origin = try #require(barcodeLine.split(separator: "^").first { $0.hasPrefix("FO") })
        let x = try #require(Int(origin.dropFirst(2).split(separator: ",")[0]))
        let dotsPerMM = Double(resolution.dotsPerMillimetre)
        let zoneLeft = Int(LabelLayout.barcode.x * dotsPerMM)
        let zoneRight = Int(LabelLayout.barcode.maxX * dotsPerMM)
        let symbolWidth = try Code128.modules(for: code).count * expected
        #expect(x - zoneLeft >= 10 * expected)
        #expect(zoneRight - (x + symbolWidth) >= 10 * expected)
        #expect(abs((x - zoneLeft) - (zoneRight - x - symbolWidth)) <= 1)
        // The PDF label's module width, in the nearest whole dots.
        let millimetres = try LabelModel.barcode(for: code).moduleWidth
        #expect(abs(Double(expected) - millimetres * dotsPerMM) < 1)
    }

    /// A tracking code outside `A–Z0–9` is refused by both renderers alike: no label with a
    /// barcode that scans differently from what is printed.
    @Test func trackingCodeOutsideTheWhitelistIsRefusedByBothRenderers() {
        for code in ["AB^XZ~JA", "rr123456785nl", "", "RR 123", "RR12345678>5NL"] {
            var content = ZPLFixtures.standard
            content.trackingCode = code
            #expect(throws: LabelRenderingError.self, "\(code)") { try ZPLLabelRenderer().render(content) }
            #expect(throws: LabelRenderingError.self, "\(code)") { try PDFLabelRenderer().render(content) }
        }
    }

    @Test func captionsFollowTheLanguage() throws {
        let dutch = try ZPLEscapingTests.fieldTexts(
            try ZPLTestTools.tokens(of: try ZPLLabelRenderer().render(ZPLFixtures.dutchReturn)))
        #expect(dutch.contains("RETOUR") && dutch.contains("Gewicht") && dutch.contains("1,25 kg"))
        #expect(dutch.contains("NEDERLAND"))
        let english = try ZPLEscapingTests.fieldTexts(
            try ZPLTestTools.tokens(of: try ZPLLabelRenderer().render(ZPLFixtures.standard)))
        #expect(english.contains("Weight") && english.contains("1.25 kg") && !english.contains("RETURN"))
        #expect(english.contains("Snelkoerier · Parcel Standard") && english.contains("1/2"))
        #expect(english.contains("RR 1234 5678 5 NL") && english.contains("AMS-12") && english.contains("STD"))
    }

    @Test func pickupPointIsTheDestination() throws {
        let texts = try ZPLEscapingTests.fieldTexts(
            try ZPLTestTools.tokens(of: try ZPLLabelRenderer().render(ZPLFixtures.pickupPoint)))
        #expect(texts.contains("PICKUP POINT NL-123456"))
        #expect(
            texts.contains("Tabakszaak De Hoek") && texts.contains("Markt 7") && texts.contains("5611 EB  Eindhoven"))
        #expect(texts.contains("for: Piet Pietersen"))
        // The recipient's own street is not where the parcel goes.
        #expect(!texts.contains("Kerkstraat 5"))
    }

    @Test func longFieldsAreShortenedNotDropped() throws {
        let texts = try ZPLEscapingTests.fieldTexts(
            try ZPLTestTools.tokens(of: try ZPLLabelRenderer().render(ZPLFixtures.longFields)))
        #expect(texts.contains { $0.hasPrefix("Internationale Handelsonderneming") })
        #expect(texts.contains { $0.hasPrefix("Reference: REF-") && $0.hasSuffix("...") })
        #expect(texts.contains { $0.hasPrefix("Instructions: Please ring") })
        #expect(texts.contains { $0.hasSuffix("...") && $0.contains("patiently") })
    }

    /// Render every fixture with zplkit at 203 and 300 dpi and read the symbols back with
    /// zbar: the Code 128 holds exactly the tracking code and the QR exactly the URL; all ink
    /// stays inside the label's 4 mm margins; zplkit has nothing to say but the font notice.
    @Test(arguments: [ZPLLabelRenderer.Resolution.dpi203, .dpi300])
    func rendersAndDecodes(resolution: ZPLLabelRenderer.Resolution) throws {
        // ZPL_TEST_OUTPUT=<directory> keeps the ZPL and PNG files for a look.
        let kept = ProcessInfo.processInfo.environment["ZPL_TEST_OUTPUT"].map { URL(fileURLWithPath: $0) }
        let directory = try kept ?? ZPLTestTools.scratchDirectory()
        defer { if kept == nil { try? FileManager.default.removeItem(at: directory) } }
        let renderer = ZPLLabelRenderer(resolution: resolution)
        let dotsPerMM = resolution.dotsPerMillimetre
        for fixture in ZPLFixtures.all {
            let png = directory.appendingPathComponent("\(fixture.name)-\(resolution.rawValue).png")
            let zpl = try renderer.render(fixture.content)
            let rendering = try ZPLTestTools.render(
                zpl, to: png, dpi: resolution.rawValue, width: 105 * dotsPerMM, height: 148 * dotsPerMM)
            #expect(rendering.labels == 1)
            #expect(
                rendering.warnings.allSatisfy { $0.hasPrefix(ZPLTestTools.benignWarningPrefix) },
                "\(rendering.warnings)")

            let symbols = try ZPLTestTools.decode(png)
            #expect(
                symbols.filter { $0.type == "CODE-128" }.map(\.data) == [fixture.content.trackingCode],
                "\(fixture.name)")
            #expect(
                symbols.filter { $0.type == "QR-Code" }.map(\.data) == [fixture.content.trackingURL], "\(fixture.name)")

            let ink = try #require(rendering.ink)
            let margin = Int(LabelLayout.margin) * dotsPerMM
            #expect(ink[0] >= margin && ink[1] >= margin, "\(fixture.name): \(ink)")
            #expect(ink[2] < resolution.printWidth - margin + dotsPerMM, "\(fixture.name): \(ink)")
            #expect(ink[3] < 148 * dotsPerMM - margin, "\(fixture.name): \(ink)")
        }
    }
}
