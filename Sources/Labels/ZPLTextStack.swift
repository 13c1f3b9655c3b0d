/// One line (or wrapping paragraph) of a stack of text on the thermal label.
struct ZPLStackedLine {
    /// The text; empty lines are skipped.
    var text: String?
    /// Preferred font height in millimetres.
    var size: Double
    /// Smallest font height in millimetres.
    var minimum: Double
    /// Lines the text may wrap onto before it is shortened.
    var maxLines: Int = 1
    /// Space in millimetres left above this line.
    var spaceBefore: Double = 0
}

extension ZPLLabelComposer {
    /// A stacked line after fitting: its printed lines and their font height in dots.
    private struct FittedLine {
        var lines: [String]
        var height: Int
        var spaceBefore: Int
    }

    /// Prints `lines` top to bottom inside `zone`. When they are too tall together, every line
    /// is scaled down by the same factor (never below its own minimum); a line that still
    /// does not fit is left out rather than printed over the next zone.
    mutating func stack(_ lines: [ZPLStackedLine], in zone: Zone) {
        let lines = lines.compactMap { line -> ZPLStackedLine? in
            let cleaned = ZPLEscaping.singleLine(line.text ?? "")
            guard !cleaned.isEmpty else { return nil }
            var copy = line
            copy.text = cleaned
            return copy
        }
        let available = format.dots(zone.height)
        var factor = 1.0
        var fitted = fit(lines, width: zone.width, factor: factor)
        for _ in 0..<6 {
            let total = totalHeight(fitted)
            guard total > available else { break }
            factor *= max(0.6, min(0.97, Double(available) / Double(total)))
            fitted = fit(lines, width: zone.width, factor: factor)
        }
        var y = format.dots(zone.y)
        let bottom = format.dots(zone.maxY)
        for entry in fitted {
            y += entry.spaceBefore
            for text in entry.lines {
                guard y + entry.height <= bottom else { return }
                place(text, x: zone.x, y: y, width: zone.width, height: entry.height)
                y += Self.pitch(entry.height)
            }
        }
    }

    private func fit(_ lines: [ZPLStackedLine], width: Double, factor: Double) -> [FittedLine] {
        lines.map { line in
            let text = line.text ?? ""
            let size = max(line.minimum, line.size * factor)
            let maxWidth = format.dots(width)
            let preferred = format.dots(size)
            let minimum = format.dots(line.minimum)
            let spaceBefore = format.dots(line.spaceBefore * factor)
            if line.maxLines > 1 {
                let wrapped = ZPLFontMetrics.wrappedFit(
                    text, maxWidth: maxWidth, preferred: preferred, minimum: minimum, maxLines: line.maxLines)
                return FittedLine(lines: wrapped.lines, height: wrapped.height, spaceBefore: spaceBefore)
            }
            let single = ZPLFontMetrics.fit(text, maxWidth: maxWidth, preferred: preferred, minimum: minimum)
            return FittedLine(lines: [single.text], height: single.height, spaceBefore: spaceBefore)
        }
    }

    private func totalHeight(_ fitted: [FittedLine]) -> Int {
        fitted.reduce(0) { $0 + $1.spaceBefore + $1.lines.count * Self.pitch($1.height) }
    }

    /// Dots from one line's top to the next line's top.
    static func pitch(_ height: Int) -> Int {
        Int((Double(height) * lineSpacing).rounded(.up))
    }
}
