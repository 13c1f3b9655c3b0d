extension PDFCanvas {
    /// Module widths tried for a Code 128 symbol, widest first: multiples of 0.125 mm, so
    /// each module is a whole number of dots on a 203-dpi printer (4, 3 or 2 dots).
    static let barcodeModuleWidths = [0.5, 0.375, 0.25]
    /// Quiet zone left and right of a Code 128 symbol, in modules.
    static let barcodeQuietZoneModules = 10

    /// The widest module width at which `moduleCount` modules plus both quiet zones fit
    /// `width` mm, or `nil` when even the narrowest does not fit.
    static func barcodeModuleWidth(moduleCount: Int, fitting width: Double) -> Double? {
        barcodeModuleWidths.first { Double(moduleCount + 2 * barcodeQuietZoneModules) * $0 <= width + 1e-9 }
    }

    /// Draws a linear barcode: `modules` (`true` = bar) centred horizontally in `zone`, each
    /// run of bars one rectangle whose width is an exact multiple of the module width, bars
    /// `barHeight` mm tall from the top of `zone`. The zone must hold the quiet zones too.
    /// - Returns: The module width and the rectangle of the bars (quiet zones excluded).
    /// - Throws: ``LabelRenderingError`` when the symbol with its quiet zones does not fit.
    @discardableResult
    func drawBarcode(_ modules: [Bool], in zone: LabelLayout.Zone, barHeight: Double) throws -> (
        moduleWidth: Double, bars: LabelLayout.Zone
    ) {
        guard let moduleWidth = Self.barcodeModuleWidth(moduleCount: modules.count, fitting: zone.width) else {
            throw LabelRenderingError.barcode(
                "the tracking code needs \(modules.count) modules, too long for a \(zone.width) mm wide zone")
        }
        let symbolWidth = Double(modules.count) * moduleWidth
        let left = Self.snap(zone.x + (zone.width - symbolWidth) / 2)
        var rects: [LabelLayout.Zone] = []
        var index = 0
        while index < modules.count {
            guard modules[index] else {
                index += 1
                continue
            }
            let start = index
            while index < modules.count, modules[index] { index += 1 }
            rects.append(
                .init(
                    x: left + Double(start) * moduleWidth, y: zone.y, width: Double(index - start) * moduleWidth,
                    height: barHeight))
        }
        fillRectangles(rects)
        return (moduleWidth, .init(x: left, y: zone.y, width: symbolWidth, height: barHeight))
    }
}
