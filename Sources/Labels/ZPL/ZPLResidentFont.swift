/// The characters the printer's own scalable font 0 prints, and its widths.
///
/// Source: Zebra's *ZPL II Programming Guide* (chapter "Character Sets": the "Zebra Code Page
/// 850 — Latin Character Set" table, and `^CI` for the Unicode encodings): font 0 (CG
/// Triumvirate Bold Condensed) carries the characters of code page 850, which in Unicode are
/// printable ASCII and the Latin-1 supplement. With `^CI28` (UTF-8) a printer maps those code
/// points to that font. Everything else — Greek, Cyrillic, Polish, Czech, Romanian letters,
/// the euro sign, emoji — is not in that table and prints as a box or not at all on many
/// printer models, so it is drawn as a graphic instead (see ``ZPLTextRasterizer``). The set is
/// kept to what that table guarantees: a graphic always prints, while a glyph missing from
/// one printer model's font prints as a box.
enum ZPLResidentFont {
    /// Whether every character of `text` is in the resident font.
    static func canPrint(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(covers)
    }

    /// Printable ASCII (U+0020–U+007E) and the printable Latin-1 supplement (U+00A1–U+00FF
    /// without the soft hyphen U+00AD): the Unicode images of code page 850's characters,
    /// leaving out its box-drawing and block characters, which labels never print.
    static func covers(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0xA1...0xFF: scalar.value != 0xAD
        default: false
        }
    }
}
