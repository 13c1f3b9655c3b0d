/// One line (or wrapping paragraph) of a ``TextStack``.
struct StackedLine: Sendable, Equatable {
    /// The text; empty lines are skipped.
    var text: String
    /// Preferred size in points.
    var size: Double
    /// Smallest size in points.
    var minSize: Double
    /// Regular or bold.
    var weight: FontWeight = .regular
    /// Shrink-and-ellipsize or wrap.
    var overflow: TextOverflow = .shrinkThenEllipsize
    /// Space in millimetres left above this line.
    var spaceBefore: Double = 0
}

/// Lines of text stacked from the top of a zone; when they are too tall together, every
/// line is scaled down by the same factor (never below its own minimum size).
enum TextStack {
    /// Draws `lines` top to bottom inside `zone` and returns the height used in millimetres.
    @discardableResult
    static func draw(_ lines: [StackedLine], in zone: LabelLayout.Zone, on canvas: PDFCanvas, ink: Ink = .black)
        -> Double
    {
        let lines = lines.filter { !PDFCanvas.printable($0.text).isEmpty }
        guard !lines.isEmpty else { return 0 }
        func totalHeight(_ factor: Double) -> Double {
            lines.reduce(0.0) { sum, line in
                sum + line.spaceBefore * factor
                    + canvas.textHeight(
                        line.text, width: zone.width, maxHeight: zone.height,
                        size: max(line.minSize, line.size * factor),
                        weight: line.weight, minSize: line.minSize, overflow: line.overflow)
            }
        }
        // Usually everything fits at full size. Otherwise find the largest common factor that
        // fits (bisection); at the smallest factor every line is at its minimum size.
        var factor = 1.0
        if totalHeight(1) > zone.height {
            var low = lines.map { $0.minSize / $0.size }.min() ?? 1
            var high = 1.0
            if totalHeight(low) <= zone.height {
                for _ in 0..<6 {
                    let middle = (low + high) / 2
                    if totalHeight(middle) <= zone.height { low = middle } else { high = middle }
                }
            }
            factor = low
        }
        var y = zone.y
        for line in lines {
            y += line.spaceBefore * factor
            let remaining = zone.maxY - y
            guard remaining > 0.5 else { break }
            y += canvas.text(
                line.text, in: .init(x: zone.x, y: y, width: zone.width, height: remaining),
                size: max(line.minSize, line.size * factor), weight: line.weight, minSize: line.minSize,
                overflow: line.overflow, ink: ink)
        }
        return y - zone.y
    }
}
