/// Weight of a text run. A label uses only these two faces of DejaVu Sans.
enum FontWeight: Sendable, Equatable {
    /// DejaVu Sans.
    case regular
    /// DejaVu Sans Bold.
    case bold
}

/// What the canvas does with text that does not fit its box at the requested size.
enum TextOverflow: Sendable, Equatable {
    /// One line: shrink down to the minimum size, then cut the end off with "…".
    case shrinkThenEllipsize
    /// Wrap at word (or, for long words, character) boundaries into at most `maxLines` lines;
    /// shrink down to the minimum size, then end the last line that fits with "…".
    case wrap(maxLines: Int)
}

/// Horizontal placement of text inside its box.
enum TextAlignment: Sendable, Equatable {
    /// Left-aligned (start of the line).
    case leading
    /// Centred.
    case center
    /// Right-aligned (end of the line).
    case trailing
}
