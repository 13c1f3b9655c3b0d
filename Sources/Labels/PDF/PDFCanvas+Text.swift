import CPangoCairo

extension PDFCanvas {
    /// Draws `string` inside `zone` (millimetres, top-aligned) and returns the height it used in
    /// millimetres (0 for an empty string).
    ///
    /// Text never leaves its box: a line that is too long is first shrunk in steps down to
    /// `minSize`, then ellipsized or wrapped as `overflow` says (see ``TextFitter``). Line
    /// breaks and control characters in `string` become spaces. Characters no installed font
    /// has are drawn as a box with their hexadecimal code and counted in
    /// ``unknownGlyphCount``; cut-off text is counted in ``ellipsizedTextCount``. (The PDF's
    /// text layer keeps the whole string: a search or copy finds it even where the print shows
    /// "…".)
    ///
    /// - Parameters:
    ///   - string: The text, printed as given (no markup).
    ///   - zone: The box in millimetres; the text starts at its top edge.
    ///   - size: Preferred font size in points.
    ///   - weight: Regular or bold.
    ///   - minSize: Smallest font size in points the text may shrink to; `size` when `nil`
    ///     (no shrinking).
    ///   - overflow: One shrinking line with an ellipsis, or wrapping into several lines.
    ///   - alignment: Horizontal alignment within the box.
    ///   - ink: Black text, or white text for a black box.
    /// - Returns: The height of the drawn text in millimetres, never more than `zone.height`.
    @discardableResult
    func text(
        _ string: String, in zone: LabelLayout.Zone, size: Double, weight: FontWeight = .regular,
        minSize: Double? = nil, overflow: TextOverflow = .shrinkThenEllipsize, alignment: TextAlignment = .leading,
        ink: Ink = .black
    ) -> Double {
        let clean = LabelText.printable(string)
        guard !clean.isEmpty, zone.width > 0, zone.height > 0 else { return 0 }
        let maxWidth = pt(zone.width)
        let maxHeight = pt(zone.height)
        let fitted = fitter.fit(
            clean, maxWidth: maxWidth, maxHeight: maxHeight, size: size, weight: weight, minSize: minSize,
            overflow: overflow, alignment: alignment)
        defer { fitter.reset() }
        var x = pt(zone.x + origin.x)
        if case .shrinkThenEllipsize = overflow, !fitted.ellipsized {
            switch alignment {
            case .leading: break
            case .center: x += (maxWidth - fitted.width) / 2
            case .trailing: x += maxWidth - fitted.width
            }
        }
        let y = pt(zone.y + origin.y)
        let needsClip = fitted.height > maxHeight + 0.01
        if needsClip {
            cairo_save(cairo)
            addRectangle(zone)
            cairo_clip(cairo)
        }
        setInk(ink)
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, fitter.layout)
        if needsClip { cairo_restore(cairo) }
        unknownGlyphCount += fitter.unknownGlyphCount
        if fitted.ellipsized { ellipsizedTextCount += 1 }
        return min(fitted.height, maxHeight) / Self.pointsPerMillimetre
    }

    /// The height in millimetres that ``text(_:in:size:weight:minSize:overflow:alignment:ink:)``
    /// would use for `string` in a box `width` mm wide and at most `maxHeight` mm high,
    /// without drawing anything.
    func textHeight(
        _ string: String, width: Double, maxHeight: Double = 1000, size: Double, weight: FontWeight = .regular,
        minSize: Double? = nil, overflow: TextOverflow = .shrinkThenEllipsize
    ) -> Double {
        let clean = LabelText.printable(string)
        guard !clean.isEmpty, width > 0, maxHeight > 0 else { return 0 }
        let fitted = fitter.fit(
            clean, maxWidth: pt(width), maxHeight: pt(maxHeight), size: size, weight: weight, minSize: minSize,
            overflow: overflow, alignment: .leading)
        fitter.reset()
        return min(fitted.height, pt(maxHeight)) / Self.pointsPerMillimetre
    }

    /// Height in millimetres of one line of text at `size` points (ascent plus descent of the
    /// label font), for stacking lines before drawing them.
    func lineHeight(size: Double, weight: FontWeight = .regular) -> Double {
        fitter.lineHeight(size: size, weight: weight) / Self.pointsPerMillimetre
    }

    /// Width in millimetres of `string` on one line at `size` points, without drawing it.
    func textWidth(_ string: String, size: Double, weight: FontWeight = .regular) -> Double {
        fitter.width(of: LabelText.printable(string), size: size, weight: weight) / Self.pointsPerMillimetre
    }
}
