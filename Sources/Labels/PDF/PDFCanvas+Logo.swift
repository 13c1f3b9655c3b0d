import CPangoCairo

extension PDFCanvas {
    /// Places `logo` as an image, scaled to fit `zone` (millimetres) and centred in it.
    func drawLogo(_ logo: LabelLogo, in zone: LabelLayout.Zone) {
        let placement = logo.fitted(in: pt(zone.width), pt(zone.height))
        do {
            try LabelLogo.withSurface(logo.png) { surface in
                cairo_save(cairo)
                cairo_translate(cairo, pt(zone.x + origin.x) + placement.x, pt(zone.y + origin.y) + placement.y)
                cairo_scale(cairo, placement.scale, placement.scale)
                cairo_set_source_surface(cairo, surface, 0, 0)
                cairo_paint(cairo)
                cairo_restore(cairo)
            }
        } catch {
            // The PNG was decoded when the logo was loaded; only a lack of memory ends here,
            // and a label without its logo still gets the parcel delivered.
            logoFailureCount += 1
        }
    }
}
