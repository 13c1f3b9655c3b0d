extension PDFCanvas {
    /// Draws a laid-out label with its top-left corner at the current origin (see
    /// ``withOrigin(x:y:_:)``): the A6 PDF draws it at (0, 0), the customs document on its A4
    /// first page.
    /// - Throws: ``LabelRenderingError`` when libqrencode cannot encode the QR code.
    func draw(_ model: LabelModel) throws {
        for element in model.elements {
            switch element {
            case .frame(let zone, let lineWidth):
                strokeRectangle(zone, lineWidth: lineWidth)
            case .fill(let zone):
                fillRectangle(zone)
            case .text(let block):
                draw(block)
            case .barcode(let barcode):
                drawBarcode(
                    barcode.modules, moduleWidth: barcode.moduleWidth, in: barcode.zone, barHeight: barcode.barHeight)
            case .qrCode(let qr):
                drawQR(try QRMatrix(qr.payload), in: qr.zone)
            case .logo(let logo, let zone):
                drawLogo(logo, in: zone)
            }
        }
    }

    /// Draws the lines of `block` stacked by ``TextStackLayout``, measured with Pango.
    /// - Returns: The height used in millimetres.
    @discardableResult
    func draw(_ block: LabelTextBlock) -> Double {
        let zone = block.zone
        let stack = TextStackLayout.place(
            block.lines, height: zone.height, verticalAlignment: block.verticalAlignment
        ) { line, size, available in
            // A single line stacks by its font's line height (no layout needed); a centred
            // block is centred on what it really uses.
            if case .shrinkThenEllipsize = line.overflow, block.verticalAlignment == .top {
                return min(
                    available, fitter.singleLineHeight(size: size, weight: line.weight) / Self.pointsPerMillimetre)
            }
            return textHeight(
                line.text, width: zone.width, maxHeight: available, size: size, weight: line.weight,
                minSize: line.minSize, overflow: line.overflow)
        }
        for placement in stack.placements {
            let line = block.lines[placement.index]
            text(
                line.text,
                in: .init(x: zone.x, y: zone.y + placement.top, width: zone.width, height: placement.available),
                size: placement.size, weight: line.weight, minSize: line.minSize, overflow: line.overflow,
                alignment: line.alignment, ink: block.ink)
        }
        return stack.height
    }
}
