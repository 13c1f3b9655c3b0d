import CPangoCairo

/// Lays out one piece of text with Pango so that it fits a box: shrink, then ellipsize or
/// wrap. The PDF canvas draws the result as vectors; the ZPL renderer draws it into a bitmap
/// for text the printer's own font cannot print. One implementation, so both outputs shrink,
/// wrap and cut text the same way.
///
/// Sizes are in points (one Pango unit of font size is one point, like the PDF's user space).
/// Not `Sendable`: one fitter belongs to one canvas or one rendering on one thread.
final class TextFitter {
    /// The result of ``fit(_:maxWidth:maxHeight:size:weight:minSize:overflow:alignment:)``.
    struct Fitted {
        /// Logical width of the laid-out text in points.
        var width: Double
        /// Logical height in points (may exceed the box only when not even one line fits).
        var height: Double
        /// Whether the text was cut off with "…".
        var ellipsized: Bool
    }

    /// The Pango context (bound to the Cairo context the fitter was made for).
    let pango: OpaquePointer
    /// The layout holding the text of the last fit, ready to draw.
    let layout: OpaquePointer
    private let regularFont: OpaquePointer
    private let boldFont: OpaquePointer
    /// Height of one line per point of font size, by weight (see ``singleLineHeight(size:weight:)``).
    private var lineHeightPerPoint: [FontWeight: Double] = [:]

    /// Creates a fitter whose layout draws on `cairo`.
    /// - Throws: ``LabelRenderingError`` when Pango cannot create its context.
    init(cairo: OpaquePointer) throws {
        guard let context = pango_cairo_create_context(cairo), let newLayout = pango_layout_new(context) else {
            throw LabelRenderingError.drawing("no text layout")
        }
        // Unhinted metrics and unrounded glyph positions: the same layout on PDF, PNG and
        // thermal bitmaps, and text widths that scale smoothly when a line is shrunk to fit.
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_round_glyph_positions(context, 0)
        pango_cairo_context_set_resolution(context, 72)
        pango_layout_context_changed(newLayout)
        pango = context
        layout = newLayout
        regularFont = Self.fontDescription(weight: PANGO_WEIGHT_NORMAL)
        boldFont = Self.fontDescription(weight: PANGO_WEIGHT_BOLD)
    }

    deinit {
        pango_font_description_free(regularFont)
        pango_font_description_free(boldFont)
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(pango))
    }

    /// The label typeface: DejaVu Sans covers Latin, Greek and Cyrillic, so a label needs only
    /// two faces (regular and bold).
    private static func fontDescription(weight: PangoWeight) -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, "DejaVu Sans")
        pango_font_description_set_weight(description, weight)
        pango_font_description_set_style(description, PANGO_STYLE_NORMAL)
        return description
    }

    /// Sets up ``layout`` for `clean` (one line, see ``LabelText/printable(_:)``) so that it
    /// fits `maxWidth` × `maxHeight` points: shrinks down to `minSize`, then ellipsizes or wraps
    /// as `overflow` says. Call ``reset()`` after drawing.
    func fit(
        _ clean: String, maxWidth: Double, maxHeight: Double, size: Double, weight: FontWeight, minSize: Double?,
        overflow: TextOverflow, alignment: TextAlignment
    ) -> Fitted {
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
                let lineHeight = lineHeight(size: fontSize, weight: weight)
                let fitting = max(1, min(lines, Int32((maxHeight / lineHeight).rounded(.down))))
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
                pango_layout_set_height(layout, -fitting)
                ellipsized = true
                extent = measure(weight: weight, size: fontSize)
            }
        }
        return Fitted(width: extent.width, height: extent.height, ellipsized: ellipsized)
    }

    /// Puts the shared layout back in its neutral state for the next text.
    func reset() {
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
    }

    /// Characters of the last fitted text that no installed font has.
    var unknownGlyphCount: Int { Int(pango_layout_get_unknown_glyphs_count(layout)) }

    /// Height in points of one line at `size` points (ascent plus descent of the label font).
    func lineHeight(size: Double, weight: FontWeight) -> Double {
        let font = weight == .bold ? boldFont : regularFont
        pango_font_description_set_size(font, Int32((size * Double(PANGO_SCALE)).rounded()))
        guard let metrics = pango_context_get_metrics(pango, font, nil) else { return size * 1.164 }
        defer { pango_font_metrics_unref(metrics) }
        let units = pango_font_metrics_get_ascent(metrics) + pango_font_metrics_get_descent(metrics)
        return Double(units) / Double(PANGO_SCALE)
    }

    /// The height in points of one line of text at `size` points, as a fitted single line
    /// takes it: the layout's height scales with the font size (metrics are unhinted), so it is
    /// measured once per weight. A line shrunk to fit its width is never taller than this.
    func singleLineHeight(size: Double, weight: FontWeight) -> Double {
        if let factor = lineHeightPerPoint[weight] { return factor * size }
        pango_layout_set_text(layout, "Ag", -1)
        pango_layout_set_width(layout, -1)
        pango_layout_set_height(layout, -1)
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
        let factor = measure(weight: weight, size: 100).height / 100
        lineHeightPerPoint[weight] = factor
        return factor * size
    }

    /// Width in points of `clean` on one line at `size` points.
    func width(of clean: String, size: Double, weight: FontWeight) -> Double {
        pango_layout_set_text(layout, clean, -1)
        pango_layout_set_width(layout, -1)
        pango_layout_set_height(layout, -1)
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
        return measure(weight: weight, size: size).width
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
}
