import CPangoCairo

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

extension PDFCanvas {
    /// Draws `string` inside `zone` (millimetres, top-aligned) and returns the height it used in
    /// millimetres (0 for an empty string).
    ///
    /// Text never leaves its box: a line that is too long is first shrunk in steps down to
    /// `minSize`, then ellipsized or wrapped as `overflow` says. Line breaks and control
    /// characters in `string` become spaces. Characters no installed font has are drawn as a
    /// box with their hexadecimal code and counted in ``unknownGlyphCount``; cut-off text is
    /// counted in ``ellipsizedTextCount``. (The PDF's text layer keeps the whole string: a
    /// search or copy finds it even where the print shows "…".)
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
        let clean = Self.printable(string)
        guard !clean.isEmpty, zone.width > 0, zone.height > 0 else { return 0 }
        let maxWidth = pt(zone.width)
        let maxHeight = pt(zone.height)
        let fitted = fit(
            clean, maxWidth: maxWidth, maxHeight: maxHeight, size: size, weight: weight, minSize: minSize,
            overflow: overflow, alignment: alignment)
        let extent = fitted.extent
        let ellipsized = fitted.ellipsized
        var x = pt(zone.x + origin.x)
        if case .shrinkThenEllipsize = overflow, !ellipsized {
            switch alignment {
            case .leading: break
            case .center: x += (maxWidth - extent.width) / 2
            case .trailing: x += maxWidth - extent.width
            }
        }
        let y = pt(zone.y + origin.y)
        let needsClip = extent.height > maxHeight + 0.01
        if needsClip {
            cairo_save(cairo)
            addRectangle(zone)
            cairo_clip(cairo)
        }
        setInk(ink)
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
        if needsClip { cairo_restore(cairo) }
        unknownGlyphCount += Int(pango_layout_get_unknown_glyphs_count(layout))
        if ellipsized { ellipsizedTextCount += 1 }

        // Leave the shared layout in its neutral state for the next call.
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        return min(extent.height, maxHeight) / Self.pointsPerMillimetre
    }

    /// The height in millimetres that ``text(_:in:size:weight:minSize:overflow:alignment:ink:)``
    /// would use for `string` in a box `width` mm wide and at most `maxHeight` mm high,
    /// without drawing anything.
    func textHeight(
        _ string: String, width: Double, maxHeight: Double = 1000, size: Double, weight: FontWeight = .regular,
        minSize: Double? = nil, overflow: TextOverflow = .shrinkThenEllipsize
    ) -> Double {
        let clean = Self.printable(string)
        guard !clean.isEmpty, width > 0, maxHeight > 0 else { return 0 }
        let fitted = fit(
            clean, maxWidth: pt(width), maxHeight: pt(maxHeight), size: size, weight: weight, minSize: minSize,
            overflow: overflow, alignment: .leading)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        return min(fitted.extent.height, pt(maxHeight)) / Self.pointsPerMillimetre
    }

    /// Sets up the shared layout for `clean` so that it fits `maxWidth` × `maxHeight` points:
    /// shrinks, then ellipsizes or wraps. Returns the final logical size in points.
    private func fit(
        _ clean: String, maxWidth: Double, maxHeight: Double, size: Double, weight: FontWeight, minSize: Double?,
        overflow: TextOverflow, alignment: TextAlignment
    ) -> (extent: (width: Double, height: Double), ellipsized: Bool) {
        let floor = min(minSize ?? size, size)
        pango_layout_set_text(layout, clean, -1)
        pango_layout_set_height(layout, -1)
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)

        var fontSize = size
        var ellipsized = false
        var extent: (width: Double, height: Double)
        switch overflow {
        case .shrinkThenEllipsize:
            pango_layout_set_width(layout, -1)
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            extent = measure(weight: weight, size: fontSize)
            while extent.width > maxWidth || extent.height > maxHeight, fontSize > floor {
                // Jump close to the fitting size (text width scales with the font size), then
                // step down in case kerning or fallback fonts do not scale exactly.
                let ratio = min(maxWidth / extent.width, maxHeight / extent.height)
                fontSize = max(floor, min(fontSize * ratio, fontSize - 0.25) - 0.05)
                extent = measure(weight: weight, size: fontSize)
            }
            if extent.width > maxWidth {
                pango_layout_set_width(layout, Int32(maxWidth * Double(PANGO_SCALE)))
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
                ellipsized = true
                extent = measure(weight: weight, size: fontSize)
            }
        case .wrap(let maxLines):
            let lines = Int32(max(1, maxLines))
            pango_layout_set_width(layout, Int32(maxWidth * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_alignment(layout, Self.pangoAlignment(alignment))
            extent = measure(weight: weight, size: fontSize)
            while pango_layout_get_line_count(layout) > lines || extent.height > maxHeight, fontSize > floor {
                fontSize = max(floor, fontSize * 0.92)
                extent = measure(weight: weight, size: fontSize)
            }
            if pango_layout_get_line_count(layout) > lines || extent.height > maxHeight {
                let lineHeight = lineHeightPoints(weight: weight, size: fontSize)
                let fitting = max(1, min(lines, Int32((maxHeight / lineHeight).rounded(.down))))
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
                pango_layout_set_height(layout, -fitting)
                ellipsized = true
                extent = measure(weight: weight, size: fontSize)
            }
        }
        return (extent, ellipsized)
    }

    /// Height in millimetres of one line of text at `size` points (ascent plus descent of the
    /// label font), for stacking lines before drawing them.
    func lineHeight(size: Double, weight: FontWeight = .regular) -> Double {
        lineHeightPoints(weight: weight, size: size) / Self.pointsPerMillimetre
    }

    /// Width in millimetres of `string` on one line at `size` points, without drawing it.
    func textWidth(_ string: String, size: Double, weight: FontWeight = .regular) -> Double {
        pango_layout_set_text(layout, Self.printable(string), -1)
        pango_layout_set_width(layout, -1)
        pango_layout_set_height(layout, -1)
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
        return measure(weight: weight, size: size).width / Self.pointsPerMillimetre
    }

    // MARK: Private

    private func lineHeightPoints(weight: FontWeight, size: Double) -> Double {
        let font = weight == .bold ? boldFont : regularFont
        pango_font_description_set_size(font, Int32((size * Double(PANGO_SCALE)).rounded()))
        guard let metrics = pango_context_get_metrics(pango, font, nil) else { return size * 1.164 }
        defer { pango_font_metrics_unref(metrics) }
        let units = pango_font_metrics_get_ascent(metrics) + pango_font_metrics_get_descent(metrics)
        return Double(units) / Double(PANGO_SCALE)
    }

    /// Sets the font and returns the logical size of the layout in points.
    private func measure(weight: FontWeight, size: Double) -> (width: Double, height: Double) {
        let font = weight == .bold ? boldFont : regularFont
        pango_font_description_set_size(font, Int32((size * Double(PANGO_SCALE)).rounded()))
        pango_layout_set_font_description(layout, font)
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return (Double(width) / Double(PANGO_SCALE), Double(height) / Double(PANGO_SCALE))
    }

    private static func pangoAlignment(_ alignment: TextAlignment) -> PangoAlignment {
        switch alignment {
        case .leading: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .trailing: PANGO_ALIGN_RIGHT
        }
    }

    /// The string with control characters (line breaks, tabs, …) replaced by spaces and
    /// surrounding whitespace removed.
    static func printable(_ string: String) -> String {
        // Fast path: plain ASCII with single inner spaces needs no change (most label text).
        var previous: UInt8 = 0x20
        var unchanged = true
        for byte in string.utf8 {
            guard (0x20...0x7E).contains(byte), !(byte == 0x20 && previous == 0x20) else {
                unchanged = false
                break
            }
            previous = byte
        }
        if unchanged, previous != 0x20 { return string }

        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in string.unicodeScalars {
            let isSpace = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            if isSpace {
                if !lastWasSpace { scalars.append(" ") }
            } else {
                scalars.append(scalar)
            }
            lastWasSpace = isSpace
        }
        var result = String(scalars)
        while result.last == " " { result.removeLast() }
        return result
    }
}
