extension PDFCanvas {
    /// Draws a linear barcode: `modules` (`true` = bar) centred horizontally in `zone`, each
    /// run of bars one rectangle whose width is an exact multiple of `moduleWidth`, bars
    /// `barHeight` mm tall from the top of `zone`.
    /// - Returns: The rectangle of the bars (quiet zones excluded).
    @discardableResult
    func drawBarcode(_ modules: [Bool], moduleWidth: Double, in zone: LabelLayout.Zone, barHeight: Double)
        -> LabelLayout.Zone
    {
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
        return .init(x: left, y: zone.y, width: symbolWidth, height: barHeight)
    }

    /// Draws `modules` with the widest module width of ``LabelLayout/barcodeModuleWidths`` at
    /// which the symbol and its quiet zones fit `zone`.
    /// - Returns: The module width and the rectangle of the bars (quiet zones excluded).
    /// - Throws: ``LabelRenderingError`` when the symbol with its quiet zones does not fit.
    @discardableResult
    func drawBarcode(_ modules: [Bool], in zone: LabelLayout.Zone, barHeight: Double) throws -> (
        moduleWidth: Double, bars: LabelLayout.Zone
    ) {
        guard let moduleWidth = LabelLayout.barcodeModuleWidth(moduleCount: modules.count, fitting: zone.width) else {
            throw LabelRenderingError.barcode(
                "the tracking code needs \(modules.count) modules, too long for a \(zone.width) mm wide zone")
        }
        return (moduleWidth, drawBarcode(modules, moduleWidth: moduleWidth, in: zone, barHeight: barHeight))
    }
}
