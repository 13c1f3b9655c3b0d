import Foundation
import LabelVerification
import Testing

@testable import Labels

/// The carrier's logo in the top right-hand corner of the PDF and the thermal label.
@Suite struct LabelLogoTests {
    static let logoFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures/logo.png").standardized

    static func content() throws -> LabelContent {
        var content = LabelFixtures.ordinary.content
        content.logo = try LabelLogo(png: Array(try Data(contentsOf: logoFile)))
        return content
    }

    @Test func logoIsAnImageInThePDFAndTheSenderMakesRoom() throws {
        let content = try Self.content()
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(content), to: "logo.pdf"))
        let images = try ExternalTools.runChecked("pdfimages", ["-list", pdf.path]).stdout
            .split(separator: "\n").dropFirst(2)
        #expect(images.count == 1, "\(images)")
        let logo = LabelLayout.logo
        let points = 72 / 25.4
        for word in try pdf.words() where word.yMax < LabelLayout.sender.maxY * points {
            #expect(word.xMax < logo.x * points, "sender text under the logo: \(word)")
        }
        #expect(try pdf.text().contains("Webwinkel De Vries B.V."))
        let plain = try PDFLabelRenderer().render(LabelFixtures.ordinary.content)
        let plainImages = try ExternalTools.runChecked(
            "pdfimages", ["-list", try folder.write(plain, to: "plain.pdf")]
        ).stdout.split(separator: "\n").dropFirst(2)
        #expect(plainImages.isEmpty)
    }

    @Test(arguments: [ZPLLabelRenderer.Resolution.dpi203, .dpi300])
    func logoIsAGraphicFieldOnTheThermalLabel(resolution: ZPLLabelRenderer.Resolution) throws {
        let dots = Double(resolution.dotsPerMillimetre)
        let logo = LabelLayout.logo
        let zpl = try ZPLLabelRenderer(resolution: resolution).render(try Self.content())
        let graphics = LabelAgreementTests.fields(of: zpl).filter { $0.text == nil }
        #expect(graphics.count == 1)
        let field = try #require(graphics.first)
        #expect(Double(field.x) >= logo.x * dots && Double(field.y) >= logo.y * dots)

        let directory = try ZPLTestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let row = Int((logo.y + logo.height / 2) * dots)
        let rendering = try ZPLTestTools.render(
            zpl, to: directory.appendingPathComponent("logo.png"), dpi: resolution.rawValue,
            width: 105 * resolution.dotsPerMillimetre, height: 148 * resolution.dotsPerMillimetre, row: row)
        #expect(rendering.warnings.allSatisfy { $0.hasPrefix(ZPLTestTools.benignWarningPrefix) })
        let dotsInRow = Array(try #require(rendering.row))
        let inLogo = dotsInRow[Int(logo.x * dots)..<Int(logo.maxX * dots)].filter { $0 == "1" }.count
        #expect(inLogo > 20, "no logo ink in row \(row)")
        #expect(zpl.utf8.count < 4_000)
    }

    @Test func unusableFilesAreRefusedWithAReason() throws {
        #expect(throws: LabelRenderingError.logo("the logo is not a PNG file")) {
            try LabelLogo(png: Array("GIF89a".utf8))
        }
        // A valid 1 × 1 PNG is too small to print.
        let tiny = try #require(
            Data(
                base64Encoded:
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="))
        #expect(throws: LabelRenderingError.self) { try LabelLogo(png: Array(tiny)) }
        #expect(throws: LabelRenderingError.self) {
            try LabelLogo(png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])
        }
        #expect(throws: LabelRenderingError.self) { try LabelLogo(png: Array(repeating: 0, count: 2 << 20)) }
    }
}
