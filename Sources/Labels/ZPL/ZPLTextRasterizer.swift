import CPangoCairo

/// Draws text that the printer's resident font cannot print (see ``ZPLResidentFont``) with
/// Pango — the same fonts, shrinking, wrapping and ellipsizing as the PDF label — into a
/// bitmap at the printer's resolution, for a `^GF` graphic field.
///
/// One rasterizer serves one label on one thread; it is not `Sendable`.
final class ZPLTextRasterizer {
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let fitter: TextFitter
    private let dotsPerMillimetre: Int

    /// A graphic field of text and where it goes, in dots from the top-left corner of its box.
    struct PlacedText {
        var field: ZPLGraphicField
        var x: Int
        var y: Int
    }

    /// Creates a rasterizer for a printer with `dotsPerMillimetre` (8 or 12).
    /// - Throws: ``LabelRenderingError`` when Cairo or Pango cannot start.
    init(dotsPerMillimetre: Int) throws {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1) else {
            throw LabelRenderingError.drawing("no measuring surface")
        }
        guard let cairo = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw LabelRenderingError.drawing("no measuring context")
        }
        do {
            fitter = try TextFitter(cairo: cairo)
        } catch {
            cairo_destroy(cairo)
            cairo_surface_destroy(surface)
            throw error
        }
        self.surface = surface
        self.cairo = cairo
        self.dotsPerMillimetre = dotsPerMillimetre
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// The height in millimetres `line` takes at `size` points in a box `width` × `available` mm:
    /// for a single line its font's line height unless `exact` (as the PDF stacks it).
    func height(of line: LabelTextLine, size: Double, width: Double, available: Double, exact: Bool) -> Double {
        if case .shrinkThenEllipsize = line.overflow, !exact {
            return min(available, fitter.singleLineHeight(size: size, weight: line.weight) / points(1))
        }
        let fitted = fit(line, size: size, width: width, available: available)
        fitter.reset()
        return min(fitted.height, points(available)) / points(1)
    }

    /// `line` drawn at `size` points in a box `width` × `available` mm, cropped to its ink;
    /// `nil` when nothing is black (only spaces).
    func graphic(of line: LabelTextLine, size: Double, width: Double, available: Double) throws -> PlacedText? {
        let fitted = fit(line, size: size, width: width, available: available)
        defer { fitter.reset() }
        let scale = Double(dotsPerMillimetre) / points(1)
        var x = 0.0
        if case .shrinkThenEllipsize = line.overflow, !fitted.ellipsized {
            switch line.alignment {
            case .leading: break
            case .center: x = (points(width) - fitted.width) / 2
            case .trailing: x = points(width) - fitted.width
            }
        }
        // A single line needs only its own width; wrapped lines may sit anywhere in the box.
        var widthDots = Int((width * Double(dotsPerMillimetre)).rounded(.up))
        if case .shrinkThenEllipsize = line.overflow {
            widthDots = min(widthDots, Int(((x + fitted.width) * scale).rounded(.up)) + 2)
        }
        let heightDots = Int((min(fitted.height, points(available)) * scale).rounded(.up))
        let layout = fitter.layout
        let bitmap = try MonochromeBitmap.drawing(width: widthDots, height: max(1, heightDots)) { target in
            cairo_scale(target, scale, scale)
            cairo_move_to(target, x, 0)
            pango_cairo_show_layout(target, layout)
        }
        guard let cropped = bitmap.cropped() else { return nil }
        return PlacedText(field: try ZPLGraphicField(cropped.bitmap), x: cropped.x, y: cropped.y)
    }

    private func fit(_ line: LabelTextLine, size: Double, width: Double, available: Double) -> TextFitter.Fitted {
        fitter.fit(
            line.text, maxWidth: points(width), maxHeight: points(available), size: size, weight: line.weight,
            minSize: line.minSize, overflow: line.overflow, alignment: line.alignment)
    }

    private func points(_ millimetres: Double) -> Double { millimetres * 72 / 25.4 }
}
