/// Stacks the lines of a ``LabelTextBlock`` inside its zone; the one rule both renderers follow.
///
/// Usually every line fits at its preferred size. When the lines are too tall together, every
/// line is scaled down by the same factor (the largest that fits, found by bisection; never
/// below a line's own minimum size), and so is the space above it. A line that would start
/// less than half a millimetre above the zone's bottom is left out rather than printed over
/// the next zone. How tall a line is at a given size is the renderer's business (Pango for
/// the PDF, the printer font's metrics or Pango for ZPL): it passes a `measure` function.
enum TextStackLayout {
    /// Where one line goes.
    struct Placement: Equatable {
        /// Index of the line in the block.
        var index: Int
        /// Top of the line in millimetres, from the top of the zone.
        var top: Double
        /// The size in points to draw it at.
        var size: Double
        /// Height left from ``top`` to the zone's bottom, in millimetres.
        var available: Double
    }

    /// Places the non-empty `lines` of a block `height` mm tall.
    ///
    /// - Parameters:
    ///   - measure: The height in millimetres that a line takes at a size in points, given
    ///     the height available to it.
    /// - Returns: The placements top to bottom and the height they use.
    static func place(
        _ lines: [LabelTextLine], height: Double, verticalAlignment: LabelTextBlock.VerticalAlignment = .top,
        measure: (LabelTextLine, _ size: Double, _ available: Double) -> Double
    ) -> (placements: [Placement], height: Double) {
        let indexed = lines.enumerated().filter { !$0.element.text.isEmpty }
        guard !indexed.isEmpty, height > 0 else { return ([], 0) }
        func size(_ line: LabelTextLine, _ factor: Double) -> Double { max(line.minSize, line.size * factor) }
        func totalHeight(_ factor: Double) -> Double {
            indexed.reduce(0.0) { sum, entry in
                sum + entry.element.spaceBefore * factor + measure(entry.element, size(entry.element, factor), height)
            }
        }
        var factor = 1.0
        var total = totalHeight(1)
        if total > height {
            var low = indexed.map { $0.element.minSize / $0.element.size }.min() ?? 1
            var high = 1.0
            if totalHeight(low) <= height {
                for _ in 0..<6 {
                    let middle = (low + high) / 2
                    if totalHeight(middle) <= height { low = middle } else { high = middle }
                }
            }
            factor = low
            total = totalHeight(factor)
        }
        var y = verticalAlignment == .center ? max(0, (height - total) / 2) : 0
        var placements: [Placement] = []
        for (index, line) in indexed {
            y += line.spaceBefore * factor
            let remaining = height - y
            guard remaining > 0.5 else { break }
            let lineSize = size(line, factor)
            placements.append(Placement(index: index, top: y, size: lineSize, available: remaining))
            y += min(remaining, measure(line, lineSize, remaining))
        }
        return (placements, min(height, y))
    }
}
