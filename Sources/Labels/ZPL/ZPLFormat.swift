/// A ZPL II label format under construction: one field per line, positions in dots.
///
/// Only computed integers reach command parameters; every piece of text goes through
/// ``ZPLEscaping`` into a `^FH^FD…^FS` field.
struct ZPLFormat {
    /// Printer dots per millimetre (8 at 203 dpi, 12 at 300 dpi).
    let dotsPerMillimetre: Int
    private(set) var lines: [String] = []

    init(dotsPerMillimetre: Int) {
        self.dotsPerMillimetre = dotsPerMillimetre
    }

    /// Millimetres to the nearest printer dot.
    func dots(_ millimetres: Double) -> Int {
        Int((millimetres * Double(dotsPerMillimetre)).rounded())
    }

    /// Adds a raw command line (computed parameters only, never user text).
    mutating func command(_ line: String) {
        lines.append(line)
    }

    /// Adds one line of text with its top-left corner at (`x`, `y`) in font 0 at `height`
    /// dots; `reversed` prints it white on a black box.
    mutating func text(_ text: String, x: Int, y: Int, height: Int, reversed: Bool = false) {
        guard !text.isEmpty else { return }
        let field = ZPLEscaping.hexEscaped(text)
        lines.append("^FO\(x),\(y)^A0N,\(height),\(height)\(reversed ? "^FR" : "")^FH^FD\(field)^FS")
    }

    /// Adds a box or, when `thickness` reaches half the smaller side, a filled rectangle.
    mutating func box(x: Int, y: Int, width: Int, height: Int, thickness: Int) {
        lines.append("^FO\(x),\(y)^GB\(width),\(height),\(thickness)^FS")
    }

    /// Adds a Code 128 symbol of `code` (already checked to be `[A-Z0-9]`) in automatic mode,
    /// with module width `moduleWidth` and bars `barHeight` dots high, without the printer's
    /// own human-readable line.
    mutating func code128(_ code: String, x: Int, y: Int, moduleWidth: Int, barHeight: Int) {
        lines.append("^BY\(moduleWidth)")
        lines.append("^FO\(x),\(y)^BCN,\(barHeight),N,N,N,A^FD\(code)^FS")
    }

    /// Adds a QR code (model 2, error correction M, automatic input) of the ASCII `payload`
    /// with `magnification` dots per module.
    mutating func qrCode(_ payload: String, x: Int, y: Int, magnification: Int) {
        let field = ZPLEscaping.hexEscaped(payload)
        lines.append("^FO\(x),\(y)^BQN,2,\(magnification)^FH^FDMA,\(field)^FS")
    }

    /// Adds a compressed graphic field with its top-left corner at (`x`, `y`); `reversed`
    /// prints it white where it lies on black.
    mutating func graphic(_ field: ZPLGraphicField, x: Int, y: Int, reversed: Bool = false) {
        lines.append(field.command(x: x, y: y, reversed: reversed))
    }

    /// The finished format, `^XA` … `^XZ`, one command group per line.
    var zpl: String {
        (["^XA"] + lines + ["^XZ"]).joined(separator: "\n") + "\n"
    }
}
