import CPangoCairo
import Foundation
import LabelVerification
import Testing

@testable import Labels

/// Text the printer's resident font lacks is printed as graphics: they must render, read
/// back as the same words (OCR), keep the barcode scannable and the label small.
@Suite("ZPL graphic text")
struct ZPLGraphicTextTests {
    /// Lower case, accents and other marks removed, for comparing OCR output.
    static func folded(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    $0.properties.generalCategory != .nonspacingMark
                }))
    }

    /// Edit distance between two short strings.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    static let languages = ["greek": "ell+eng", "bulgarian": "bul+eng", "polish": "pol+eng"]

    /// zplkit renders the ZPL of the Greek, Bulgarian and Polish labels; tesseract reads the
    /// recipient's name and city back from the 203-dpi image (each word within one OCR error);
    /// zbar still decodes the Code 128 and the QR code.
    @Test(arguments: LabelFixtures.nonLatin.map(\.name))
    func recipientReadsBackFromTheThermalLabel(name: String) throws {
        let fixture = try #require(LabelFixtures.nonLatin.first { $0.name == name })
        let kept = ProcessInfo.processInfo.environment["ZPL_TEST_OUTPUT"].map { URL(fileURLWithPath: $0) }
        let directory = try kept ?? ZPLTestTools.scratchDirectory()
        defer { if kept == nil { try? FileManager.default.removeItem(at: directory) } }
        let zpl = try ZPLLabelRenderer(resolution: .dpi203).render(fixture.content)
        #expect(zpl.contains("^GFA,"))
        let png = directory.appendingPathComponent("\(name)-203.png")
        let rendering = try ZPLTestTools.render(zpl, to: png, dpi: 203, width: 840, height: 1184)
        #expect(rendering.labels == 1)
        #expect(
            rendering.warnings.allSatisfy { $0.hasPrefix(ZPLTestTools.benignWarningPrefix) }, "\(rendering.warnings)")

        let symbols = try ZPLTestTools.decode(png)
        #expect(symbols.filter { $0.type == "CODE-128" }.map(\.data) == [fixture.content.trackingCode])
        #expect(symbols.filter { $0.type == "QR-Code" }.map(\.data) == [fixture.content.trackingURL])

        let language = Self.languages[name] ?? "eng"
        let ocr = try ExternalTools.runChecked("tesseract", [png.path, "stdout", "-l", language, "--psm", "4"])
        let read = Self.folded(ocr.stdout).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let expected = (fixture.content.recipient.name + " " + fixture.content.recipient.city)
            .split(separator: " ").map { Self.folded(String($0)) }
        for word in expected {
            let best = read.map { Self.distance($0, word) }.min() ?? word.count
            #expect(best <= 1, "\(name): '\(word)' not read back; OCR read: \(ocr.stdout)")
        }
    }

    /// The recipient's name and address in Greek, Cyrillic or Polish stay under 20 KB of ZPL;
    /// a Latin label stays under 3 KB; both resolutions.
    @Test func sizes() throws {
        for resolution in [ZPLLabelRenderer.Resolution.dpi203, .dpi300] {
            let renderer = ZPLLabelRenderer(resolution: resolution)
            for fixture in LabelFixtures.nonLatin + [LabelFixtures.international] {
                let size = try renderer.render(fixture.content).utf8.count
                #expect(size < 20_000, "\(fixture.name) at \(resolution.rawValue) dpi: \(size) bytes")
            }
            for fixture in [LabelFixtures.ordinary, LabelFixtures.returnLabel, LabelFixtures.pickupPoint] {
                let size = try renderer.render(fixture.content).utf8.count
                #expect(size < 3_000, "\(fixture.name) at \(resolution.rawValue) dpi: \(size) bytes")
            }
        }
    }

    /// The compressed data decompresses to the bitmap, and its check value is the one Zebra
    /// printers verify (CRC-16/XMODEM: "123456789" → 0x31C3).
    @Test func graphicFieldEncoding() throws {
        #expect(ZPLGraphicField.crc16(Array("123456789".utf8)) == 0x31C3)
        let bitmap = MonochromeBitmap(width: 16, height: 2, bytes: [0xFF, 0x00, 0x0F, 0xF0])
        let field = try ZPLGraphicField(bitmap)
        #expect(field.byteCount == 4 && field.bytesPerRow == 2)
        #expect(field.command(x: 10, y: 20).hasPrefix("^FO10,20^GFA,4,4,2,:Z64:"))
        let parts = field.data.split(separator: ":")
        #expect(parts.count == 3 && parts[0] == "Z64" && parts[2].count == 4)
    }

    /// Cropping keeps exactly the dots that are black.
    @Test func croppingKeepsTheInk() throws {
        let bitmap = try MonochromeBitmap.drawing(width: 64, height: 20) { cairo in
            cairo_rectangle(cairo, 20, 5, 10, 4)
            cairo_fill(cairo)
        }
        let cropped = try #require(bitmap.cropped())
        #expect(cropped.x == 16 && cropped.y == 5)
        #expect(cropped.bitmap.width == 14 && cropped.bitmap.height == 4)
        #expect(!cropped.bitmap.isBlack(x: 3, y: 0) && cropped.bitmap.isBlack(x: 4, y: 0))
        #expect(cropped.bitmap.isBlack(x: 13, y: 3))
        #expect(try MonochromeBitmap.drawing(width: 8, height: 8) { _ in }.cropped() == nil)
    }

    /// The resident font's set is small and explicit.
    @Test func residentFontCoverage() {
        #expect(ZPLResidentFont.canPrint("Jan Jansen, Kerkstraat 1 ^~_\\"))
        #expect(ZPLResidentFont.canPrint("Zoë Ångström · Müller-Lüdenscheidt"))
        for text in ["Łódź", "Αθήνα", "София", "€ 5", "Ş", "😀"] {
            #expect(!ZPLResidentFont.canPrint(text), "\(text)")
        }
    }
}
