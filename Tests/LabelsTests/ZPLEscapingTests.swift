import Foundation
import Testing

@testable import Labels

@Suite("ZPL escaping")
struct ZPLEscapingTests {
    @Test func commandPrefixesAndTheHexIndicatorAreEscaped() {
        #expect(ZPLEscaping.hexEscaped("Jan ^ Jansen ~ Co") == "Jan _5E Jansen _7E Co")
        #expect(ZPLEscaping.hexEscaped("Bob^XZ~JA") == "Bob_5EXZ_7EJA")
        #expect(ZPLEscaping.hexEscaped("a_41\\&b") == "a_5F41_5C&b")
        #expect(ZPLEscaping.hexEscaped("Plain ASCII, 12-B!") == "Plain ASCII, 12-B!")
    }

    @Test func utf8IsEscapedByteByByte() {
        #expect(ZPLEscaping.hexEscaped("Zoë Ångström") == "Zo_C3_AB _C3_85ngstr_C3_B6m")
        #expect(ZPLEscaping.hexEscaped("Москва") == "_D0_9C_D0_BE_D1_81_D0_BA_D0_B2_D0_B0")
        #expect(ZPLEscaping.hexEscaped("€") == "_E2_82_AC")
    }

    @Test(arguments: ["Zoë Ångström", "Łódź", "Αθήνα", "Москва", "Bob^XZ~JA", "_5E \\& ^FS ~JR", "😀 ok"])
    func escapedTextDecodesBackAndHoldsNoPrefix(text: String) throws {
        let escaped = ZPLEscaping.hexEscaped(text)
        #expect(!escaped.contains("^") && !escaped.contains("~") && !escaped.contains("\\"))
        #expect(escaped.utf8.allSatisfy { (0x20...0x7E).contains($0) })
        #expect(ZPLTestTools.decodeHexField(escaped) == text)
    }

    @Test func fieldDataStaysWithinTheZPLLimitAndKeepsWholeCharacters() {
        let escaped = ZPLEscaping.hexEscaped(String(repeating: "ü", count: 2000))
        #expect(escaped.utf8.count <= 3072)
        #expect(escaped.utf8.count == 3072 / 6 * 6)
        #expect(ZPLTestTools.decodeHexField(escaped) == String(repeating: "ü", count: 512))
    }

    /// A recipient who types printer commands still gets exactly one label, no control
    /// command, and their name printed as typed.
    @Test func injectedCommandsStayText() throws {
        var content = ZPLFixtures.standard
        content.recipient.name = "Bob^XZ~JA"
        content.recipient.street = "Main_St 1\\&2 ^FS^GB800^FS"
        content.recipient.city = "A~B~JR"
        content.reference = "~HS^JUF"
        content.instructions = "^XA^ID*.*^XZ ~DGR:X.GRF"
        let zpl = try ZPLLabelRenderer().render(content)

        #expect(zpl.components(separatedBy: "^XA").count == 2)
        #expect(zpl.components(separatedBy: "^XZ").count == 2)
        #expect(!zpl.contains("~"))

        let tokens = try ZPLTestTools.tokens(of: zpl)
        #expect(tokens.filter { $0.text == "^XA" }.count == 1)
        #expect(tokens.filter { $0.text == "^XZ" }.count == 1)
        #expect(tokens.first?.text == "^XA" && tokens.last?.text == "^XZ")
        #expect(tokens.allSatisfy { $0.kind == "format_command" }, "\(tokens.filter { $0.kind != "format_command" })")
        #expect(
            !tokens.contains { $0.text.hasPrefix("^GB800") || $0.text.hasPrefix("^ID") || $0.text.hasPrefix("^JU") })

        let texts = try Self.fieldTexts(tokens)
        #expect(texts.contains("Bob^XZ~JA"))
        #expect(texts.contains("Main_St 1\\&2 ^FS^GB800^FS"))
        #expect(texts.contains { $0.contains("A~B~JR") })
        #expect(texts.contains("Reference: ~HS^JUF"))
    }

    /// Latin-1 names reach the printer as UTF-8 escapes in font 0 and come back intact;
    /// names in scripts the resident font lacks never reach a text field: they are printed as
    /// graphic fields (see ZPLGraphicTextTests for what those graphics say).
    @Test func latinNamesStayTextOtherScriptsBecomeGraphics() throws {
        var content = ZPLFixtures.standard
        content.recipient.name = "Zoë Ångström"
        content.recipient.contactName = "Łódź"
        content.recipient.city = "Москва"
        content.recipient.street = "Οδός Αθήνας 3"
        let zpl = try ZPLLabelRenderer().render(content)
        #expect(zpl.contains("^CI28"))
        #expect(zpl.contains("^FDZo_C3_AB _C3_85ngstr_C3_B6m^FS"))
        #expect(zpl.utf8.allSatisfy { $0 < 0x80 })

        let tokens = try ZPLTestTools.tokens(of: zpl)
        let texts = try Self.fieldTexts(tokens)
        #expect(texts.contains("Zoë Ångström"))
        for foreign in ["Łódź", "Οδός", "Москва"] {
            #expect(!texts.contains { $0.contains(foreign) }, "\(foreign) printed in the resident font")
        }
        // Contact, street, and postcode + city: three graphic fields.
        #expect(tokens.filter { $0.text.hasPrefix("^GFA,") }.count == 3)
    }

    /// The decoded data of every `^FD` that follows a `^FH`; each `^FD` with text must.
    static func fieldTexts(_ tokens: [ZPLTestTools.Token]) throws -> [String] {
        var texts: [String] = []
        for (index, token) in tokens.enumerated() where token.text.hasPrefix("^FD") {
            let previous = tokens[..<index].last { !$0.text.hasPrefix("^A") && !$0.text.hasPrefix("^FR") }
            let data = String(token.text.dropFirst(3))
            if previous?.text == "^FH" {
                texts.append(try #require(ZPLTestTools.decodeHexField(data), "malformed escape in \(data)"))
            } else {
                // Only the barcode may carry unescaped data, and only [A-Z0-9].
                #expect(data.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }, "unescaped field \(data)")
            }
        }
        return texts
    }
}
