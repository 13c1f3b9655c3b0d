import Foundation
import LabelVerification
import Testing

@testable import Labels

/// The drawing kit under the label and the customs documents.
@Suite struct PDFCanvasTests {
    @Test func labelOnA4FirstPageAndSecondPage() throws {
        let canvas = try PDFCanvas(pageWidth: 210, pageHeight: 297, title: "Customs")
        let model = try LabelModel(LabelFixtures.ordinary.content)
        try canvas.withOrigin(x: 100, y: 10) { try canvas.draw(model) }
        canvas.newPage()
        canvas.strokeRectangle(.init(x: 10, y: 10, width: 190, height: 30), lineWidth: 0.5)
        let used = canvas.text(
            "CN 23 Douaneaangifte", in: .init(x: 12, y: 12, width: 100, height: 10), size: 14, weight: .bold)
        #expect(used > 4 && used < 10)
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try canvas.finish(), to: "a4.pdf"))
        #expect(try pdf.info()["Pages"] == "2")
        let size = try pdf.pageSize()
        #expect(abs(size.width - 595.276) < 0.5 && abs(size.height - 841.89) < 0.5)
        let text = try pdf.text()
        #expect(text.contains("Jan Jansen") && text.contains("CN 23 Douaneaangifte"))
        let words = try pdf.words()
        let name = try #require(words.first { $0.text == "Jansen" })
        #expect(name.xMin > 100 * 72 / 25.4, "label not shifted to its origin: \(name)")
        let symbols = try pdf.decodeSymbols(page: 1, in: folder)
        #expect(symbols.map(\.data).contains("RR123456785NL"))
        try pdf.qpdfCheck()
    }

    @Test func longTextShrinksThenEllipsizesInsideItsBox() throws {
        let canvas = try PDFCanvas(pageWidth: 105, pageHeight: 148)
        let zone = LabelLayout.Zone(x: 10, y: 10, width: 40, height: 6)
        let long = "Supercalifragilistic Expialidocious Straatweg Nummer Honderdvijfentwintig"
        let used = canvas.text(long, in: zone, size: 14, weight: .bold, minSize: 7)
        #expect(used > 0 && used <= zone.height)
        let wrapZone = LabelLayout.Zone(x: 10, y: 30, width: 40, height: 9)
        let wrapped = canvas.text(
            String(repeating: long + " ", count: 4), in: wrapZone, size: 10, minSize: 6, overflow: .wrap(maxLines: 3))
        #expect(wrapped > canvas.lineHeight(size: 6) * 1.5 && wrapped <= wrapZone.height)
        #expect(canvas.ellipsizedTextCount == 2)
        canvas.text("Short", in: zone, size: 14, minSize: 7)
        #expect(canvas.ellipsizedTextCount == 2)
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try canvas.finish(), to: "fit.pdf"))
        let k = 72 / 25.4
        let words = try pdf.words()
        #expect(words.first?.text == "Supercalifragilistic")
        for word in words {
            let box = word.yMin < 25 * k ? zone : wrapZone
            #expect(
                word.isInside(x: box.x * k, y: box.y * k, width: box.width * k, height: box.height * k, slack: 1),
                "'\(word.text)' escapes its box: \(word)")
        }
    }

    @Test func shortTextKeepsItsSize() throws {
        let canvas = try PDFCanvas(pageWidth: 105, pageHeight: 148)
        let height = canvas.text("Amsterdam", in: .init(x: 5, y: 5, width: 90, height: 20), size: 16, minSize: 8)
        #expect(abs(height - canvas.lineHeight(size: 16)) < 0.01)
        #expect(abs(canvas.lineHeight(size: 16) - 16 * 1.164 * 25.4 / 72) < 0.1)
    }

    @Test func missingGlyphIsCountedNotDropped() throws {
        let canvas = try PDFCanvas(pageWidth: 105, pageHeight: 148)
        canvas.text("Zoë Ångström", in: .init(x: 5, y: 5, width: 90, height: 10), size: 12)
        #expect(canvas.unknownGlyphCount == 0)
        canvas.text("Naam \u{13000} Test", in: .init(x: 5, y: 20, width: 90, height: 10), size: 12)
        #expect(canvas.unknownGlyphCount == 1)
        _ = try canvas.finish()
    }

    @Test func finishTwiceIsAnError() throws {
        let canvas = try PDFCanvas(pageWidth: 105, pageHeight: 148)
        _ = try canvas.finish()
        #expect(throws: LabelRenderingError.self) { try canvas.finish() }
    }

    @Test func qrRunsCoverExactlyTheDarkModules() throws {
        let matrix = try QRMatrix("https://track.snelkoerier.nl/t/RR123456785NL")
        #expect(matrix.size == 17 + 4 * matrix.version)
        var covered = [Bool](repeating: false, count: matrix.size * matrix.size)
        for run in matrix.darkRuns {
            for column in run.column..<(run.column + run.length) {
                #expect(!covered[run.row * matrix.size + column])
                covered[run.row * matrix.size + column] = true
            }
        }
        #expect(covered == matrix.modules)
        #expect(matrix.darkRuns.count < matrix.modules.filter { $0 }.count)
    }
}

@Suite struct LabelTextTests {
    @Test func weightInKilograms() {
        #expect(LabelText.weight(grams: 2350, decimalSeparator: ",") == "2,35 kg")
        #expect(LabelText.weight(grams: 5, decimalSeparator: ".") == "0.01 kg")
        #expect(LabelText.weight(grams: 31_500, decimalSeparator: ".") == "31.50 kg")
        #expect(LabelText.weight(grams: 1004, decimalSeparator: ".") == "1.00 kg")
    }

    @Test func captionsFollowTheLanguage() {
        #expect(LabelCaptions.forLanguage(.dutch).returnMarker == "RETOUR")
        #expect(LabelCaptions.forLanguage(.english).returnMarker == "RETURN")
        #expect(CountryNames.name(of: "de", in: .dutch) == "DUITSLAND")
        #expect(CountryNames.name(of: "XK", in: .english) == "XK")
    }

    @Test func controlCharactersBecomeSpaces() {
        #expect(LabelText.printable("  Jan\n\tJansen\u{7} ") == "Jan Jansen")
        #expect(LabelText.printable("  a\tb\r\nc\u{7}d  ") == "a b c d")
        #expect(LabelText.printable("Zoe\u{308}").unicodeScalars.count == 3)
        #expect(LabelText.printable("Zoe\u{308}") == "Zoë")
        #expect(LabelText.printable("line\u{2028}break\u{85}next") == "line break next")
        #expect(LabelText.printable("\n\t ") == "")
    }
}
