import Foundation
import LabelVerification
import Testing

@testable import Labels

/// One label model, two outputs: every text zone of every fixture says the same on the PDF
/// (read back with `pdftotext -bbox`) as in the ZPL (its text fields; zones the resident font
/// cannot print hold graphic fields instead, read back by OCR in ``ZPLGraphicTextTests``).
@Suite("PDF and ZPL agree zone by zone")
struct LabelAgreementTests {
    /// One field of our ZPL: its origin in dots and its text, or `nil` for a graphic field.
    struct Field {
        var x: Int
        var y: Int
        var text: String?
    }

    /// The text and graphic fields of `zpl` (one field per line, as ``ZPLFormat`` writes it).
    static func fields(of zpl: String) -> [Field] {
        var fields: [Field] = []
        for line in zpl.split(separator: "\n") where line.hasPrefix("^FO") {
            let origin = line.dropFirst(3).prefix { $0 != "^" }.split(separator: ",")
            guard origin.count == 2, let x = Int(origin[0]), let y = Int(origin[1]) else { continue }
            if line.contains("^GFA,") {
                fields.append(Field(x: x, y: y, text: nil))
            } else if line.contains("^A0N,"), let data = line.range(of: "^FH^FD") {
                let field = line[data.upperBound...].dropLast(3)  // "^FS"
                let text = ZPLTestTools.decodeHexField(String(field))
                #expect(text != nil, "malformed field data: \(line)")
                fields.append(Field(x: x, y: y, text: text ?? ""))
            }
        }
        return fields
    }

    static let allContents: [(name: String, content: LabelContent)] =
        LabelFixtures.all.map { ($0.name, $0.content) } + ZPLFixtures.all.map { ("zpl-" + $0.name, $0.content) }

    @Test(arguments: allContents.map(\.name))
    func everyZoneHoldsTheSameText(name: String) throws {
        let slack = 0.8
        let content = try #require(Self.allContents.first { $0.name == name }).content
        let model = try LabelModel(content)
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(content), to: "\(name).pdf"))
        let words = try pdf.words()
        let fields = Self.fields(of: try ZPLLabelRenderer(resolution: .dpi203).render(content))
        let points = 72 / 25.4

        for block in model.textBlocks {
            let zone = block.zone
            let pdfText = PDFInspection.normalise(
                words.filter {
                    let x = ($0.xMin + $0.xMax) / 2 / points
                    let y = ($0.yMin + $0.yMax) / 2 / points
                    return x >= zone.x && x <= zone.maxX && y >= zone.y && y <= zone.maxY
                }.map(\.text).joined(separator: " "))
            // A field belongs to the zone its origin (top-left corner) lies in.
            let inZone = fields.filter {
                let x = Double($0.x) / 8
                let y = Double($0.y) / 8
                return x >= zone.x - slack && x < zone.maxX && y >= zone.y - slack && y < zone.maxY
            }
            let texts = inZone.compactMap(\.text)
            let graphics = inZone.count - texts.count
            let context = "\(name) \(block.name): PDF '\(pdfText)' ZPL \(texts) + \(graphics) graphic(s)"

            #expect(pdfText.isEmpty == inZone.isEmpty, "\(context)")
            // Lines may break at other places (the PDF also breaks after hyphens), so compare
            // without spaces; a line the printer shortened ends in "...".
            let pdfLetters = pdfText.filter { !$0.isWhitespace }
            for text in texts {
                var line = text.filter { !$0.isWhitespace }
                if line.hasSuffix("...") { line = String(line.dropLast(3)) }
                #expect(pdfLetters.contains(line), "\(context)")
            }
            if graphics > 0 {
                // A graphic stands for text the printer's font cannot print, and only for that.
                #expect(!ZPLResidentFont.canPrint(pdfText), "\(context)")
            } else if let first = pdfText.split(separator: " ").first {
                #expect(texts.joined(separator: " ").contains(first), "\(context)")
            }
        }
    }

    /// A pickup point without a country lies in the recipient's country, on both outputs.
    @Test func pickupPointWithoutCountryPrintsTheRecipientsCountryOnBoth() throws {
        var content = LabelFixtures.pickupPoint.content
        content.pickupPoint?.countryCode = nil
        let folder = try TemporaryFolder()
        let pdf = PDFInspection(path: try folder.write(try PDFLabelRenderer().render(content), to: "point.pdf"))
        let country = CountryNames.name(of: content.recipient.countryCode, in: content.language)
        #expect(try pdf.text().contains(country))
        let texts = Self.fields(of: try ZPLLabelRenderer().render(content)).compactMap(\.text)
        #expect(texts.contains(country))
    }
}
