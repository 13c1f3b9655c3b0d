import Foundation
import LabelVerification
import Testing

@testable import Labels

/// The A6 PDF label, read back with pdfinfo, pdffonts, pdftotext, qpdf, pdftoppm and zbarimg.
@Suite struct PDFLabelTests {
    static let a6Width = 105 * 72 / 25.4
    static let a6Height = 148 * 72 / 25.4

    @Test("page is A6 portrait, one page, pinned metadata", arguments: LabelFixtures.all)
    func pageSizeAndMetadata(_ fixture: LabelFixture) throws {
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(fixture.content), to: "label.pdf"))
        let size = try pdf.pageSize()
        #expect(abs(size.width - Self.a6Width) < 0.5, "page width \(size.width) pt")
        #expect(abs(size.height - Self.a6Height) < 0.5, "page height \(size.height) pt")
        let info = try pdf.info()
        #expect(info["Pages"] == "1")
        #expect(info["Creator"] == "picqer-carrier")
        #expect(info["CreationDate"]?.contains("2000") == true, "creation date \(info["CreationDate"] ?? "none")")
        try pdf.qpdfCheck()
    }

    @Test("all fonts are embedded DejaVu Sans subsets", arguments: LabelFixtures.all)
    func fontsEmbedded(_ fixture: LabelFixture) throws {
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(fixture.content), to: "label.pdf"))
        let fonts = try pdf.fonts()
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.embedded, "font \(font.name) is not embedded")
            #expect(font.name.contains("DejaVuSans"), "unexpected font face \(font.name)")
        }
    }

    @Test("every name and address line is in the text", arguments: LabelFixtures.all)
    func textReadsBack(_ fixture: LabelFixture) throws {
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(fixture.content), to: "label.pdf"))
        let text = try pdf.text()
        for expected in fixture.expectedText {
            #expect(text.contains(PDFInspection.normalise(expected)), "'\(expected)' missing from: \(text)")
        }
    }

    @Test("no word lies outside the page or outside the label zones", arguments: LabelFixtures.all)
    func wordsStayInZones(_ fixture: LabelFixture) throws {
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(fixture.content), to: "label.pdf"))
        let words = try pdf.words()
        #expect(words.count > 10)
        let zones = [
            LabelLayout.sender, LabelLayout.service, LabelLayout.recipient, LabelLayout.barcode, LabelLayout.references,
        ]
        let k = 72 / 25.4
        for word in words {
            #expect(
                word.isInside(x: 0, y: 0, width: Self.a6Width, height: Self.a6Height, slack: 0),
                "'\(word.text)' outside the page: \(word)")
            let inZone = zones.contains {
                word.isInside(x: $0.x * k, y: $0.y * k, width: $0.width * k, height: $0.height * k, slack: 1)
            }
            #expect(inZone, "'\(word.text)' not inside any zone: \(word)")
        }
    }

    @Test("Code 128 and QR decode from a 203-dpi monochrome rendering", arguments: LabelFixtures.all)
    func symbolsDecode(_ fixture: LabelFixture) throws {
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(fixture.content), to: "label.pdf"))
        let symbols = try pdf.decodeSymbols(in: folder)
        #expect(symbols.filter { $0.type == "CODE-128" }.map(\.data) == [fixture.content.trackingCode])
        #expect(symbols.filter { $0.type == "QR-Code" }.map(\.data) == [fixture.content.trackingURL])
    }

    @Test func sameContentGivesIdenticalBytes() throws {
        let renderer = PDFLabelRenderer()
        let first = try LabelFixtures.all.map { try renderer.render($0.content) }
        // Several rounds, interleaved, so that font and layout caches are both cold and warm.
        for _ in 0..<10 {
            for (fixture, expected) in zip(LabelFixtures.all, first) {
                let identical = try renderer.render(fixture.content) == expected
                #expect(identical, "\(fixture.name) differs between two renders")
            }
        }
        var changed = LabelFixtures.ordinary.content
        changed.recipient.city = "Rotterdam"
        let differs = try renderer.render(changed) != renderer.render(LabelFixtures.ordinary.content)
        #expect(differs)
    }

    @Test func concurrentRendersGiveTheSameBytes() async throws {
        let content = LabelFixtures.international.content
        let expected = try PDFLabelRenderer().render(content)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var differing = 0
                    for _ in 0..<10 where try PDFLabelRenderer().render(content) != expected {
                        differing += 1
                    }
                    return differing
                }
            }
            for try await differing in group {
                #expect(differing == 0, "\(differing) of 10 concurrent renders differ")
            }
        }
    }

    @Test func zonesDoNotOverlapAndStayInsideTheMargins() {
        let zones = [
            LabelLayout.sender, LabelLayout.service, LabelLayout.recipient, LabelLayout.barcode, LabelLayout.footer,
        ]
        for zone in zones {
            #expect(zone.x >= LabelLayout.margin && zone.maxX <= LabelLayout.pageWidth - LabelLayout.margin)
            #expect(zone.y >= LabelLayout.margin && zone.maxY <= LabelLayout.pageHeight - LabelLayout.margin)
        }
        for (first, second) in zip(zones, zones.dropFirst()) {
            #expect(first.maxY <= second.y, "\(first) overlaps \(second)")
        }
        #expect(LabelLayout.qr.maxX <= LabelLayout.references.x)
    }

    @Test func ordinaryLabelIsUnder40KB() throws {
        let size = try PDFLabelRenderer().render(LabelFixtures.ordinary.content).count
        #expect(size > 5_000)
        #expect(size < 40_000, "ordinary label is \(size) bytes")
    }

    @Test func pngPreviewDecodes() throws {
        let png = try PDFLabelRenderer().renderPNG(LabelFixtures.ordinary.content)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR width and height, big-endian, at bytes 16–23.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 839 && height == 1183, "preview is \(width) × \(height)")
        let folder = try TemporaryFolder()
        let symbols = try PDFInspection.decodeImage(try folder.write(png, to: "label.png"))
        #expect(symbols.filter { $0.type == "CODE-128" }.map(\.data) == ["RR123456785NL"])
        #expect(symbols.filter { $0.type == "QR-Code" }.map(\.data) == ["https://track.snelkoerier.nl/t/RR123456785NL"])
    }

    @Test func barcodeBarsAreWholeModulesOnThePrinterGrid() throws {
        let modules = try Code128.modules(for: "RR123456785NL")
        let zone = LabelLayout.barcode
        let width = try #require(LabelLayout.barcodeModuleWidth(moduleCount: modules.count, fitting: zone.width))
        #expect(width == 0.5)
        #expect(Double(modules.count + 20) * width <= zone.width)
        let long = try Code128.modules(for: "ABCDEFGHIJKLMNOP")
        let longWidth = try #require(LabelLayout.barcodeModuleWidth(moduleCount: long.count, fitting: zone.width))
        #expect(longWidth < 0.5 && (longWidth / 0.125).rounded() == longWidth / 0.125)
    }

    @Test func unprintableTrackingDataIsRefused() throws {
        var tooLong = LabelFixtures.minimal.content
        tooLong.trackingCode = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ"
        #expect(throws: LabelRenderingError.self) { try PDFLabelRenderer().render(tooLong) }
        var empty = LabelFixtures.minimal.content
        empty.trackingCode = ""
        #expect(throws: LabelRenderingError.self) { try PDFLabelRenderer().render(empty) }
        var noURL = LabelFixtures.minimal.content
        noURL.trackingURL = ""
        #expect(throws: LabelRenderingError.self) { try PDFLabelRenderer().render(noURL) }
        var hugeURL = LabelFixtures.minimal.content
        hugeURL.trackingURL = "https://t.example/" + String(repeating: "x", count: 3_000)
        let error = #expect(throws: LabelRenderingError.self) { try PDFLabelRenderer().render(hugeURL) }
        #expect(error?.description.contains("too long") == true)
    }
}
