/// Draws a ``LabelModel`` as ZPL fields at one printer resolution.
///
/// Positions and sizes come from the model in millimetres and points and are converted to
/// dots once. Text the resident font prints (see ``ZPLResidentFont``) stays text in font 0,
/// fitted with ``ZPLFontMetrics``; any other text becomes a compressed graphic field drawn
/// by Pango (``ZPLTextRasterizer``). Both follow the model's stacking rule
/// (``TextStackLayout``), so the thermal label says the same in the same places as the PDF.
struct ZPLLabelDrawing {
    /// Millimetres per point (a type size in points becomes a font 0 cell height).
    static let millimetresPerPoint = 25.4 / 72
    /// Line pitch of font 0 as a multiple of its height.
    static let lineSpacing = 1.15

    var format: ZPLFormat
    let resolution: ZPLLabelRenderer.Resolution
    private var rasterizer: ZPLTextRasterizer?

    init(resolution: ZPLLabelRenderer.Resolution) {
        self.resolution = resolution
        format = ZPLFormat(dotsPerMillimetre: resolution.dotsPerMillimetre)
    }

    /// Adds every element of `model`.
    /// - Throws: ``LabelRenderingError`` when a graphic cannot be drawn or compressed.
    mutating func draw(_ model: LabelModel) throws {
        for element in model.elements {
            switch element {
            case .frame(let zone, let lineWidth):
                format.box(
                    x: format.dots(zone.x), y: format.dots(zone.y), width: format.dots(zone.width),
                    height: format.dots(zone.height), thickness: max(2, format.dots(lineWidth)))
            case .fill(let zone):
                let width = format.dots(zone.width)
                let height = format.dots(zone.height)
                format.box(
                    x: format.dots(zone.x), y: format.dots(zone.y), width: width, height: height,
                    thickness: min(width, height))
            case .text(let block):
                try draw(block)
            case .barcode(let barcode):
                draw(barcode)
            case .qrCode(let qr):
                draw(qr)
            case .logo(let logo, let zone):
                if let placed = resolution == .dpi300 ? logo.thermal300 : logo.thermal203 {
                    format.graphic(placed.field, x: format.dots(zone.x) + placed.x, y: format.dots(zone.y) + placed.y)
                }
            }
        }
    }

    // MARK: Text

    private mutating func draw(_ block: LabelTextBlock) throws {
        let zone = block.zone
        let reversed = block.ink == .white
        let needsGraphics = block.lines.contains { !$0.text.isEmpty && !ZPLResidentFont.canPrint($0.text) }
        let rasterizer = needsGraphics ? try textRasterizer() : nil
        let stack = TextStackLayout.place(
            block.lines, height: zone.height, verticalAlignment: block.verticalAlignment
        ) { line, size, available in
            if let rasterizer, !ZPLResidentFont.canPrint(line.text) {
                return rasterizer.height(
                    of: line, size: size, width: zone.width, available: available,
                    exact: block.verticalAlignment == .center)
            }
            let fitted = fitResident(line, size: size, width: zone.width, available: available)
            return Double(fitted.lines.count * Self.pitch(fitted.height)) / Double(format.dotsPerMillimetre)
        }
        for placement in stack.placements {
            let line = block.lines[placement.index]
            let top = format.dots(zone.y + placement.top)
            if let rasterizer, !ZPLResidentFont.canPrint(line.text) {
                if let graphic = try rasterizer.graphic(
                    of: line, size: placement.size, width: zone.width, available: placement.available)
                {
                    format.graphic(
                        graphic.field, x: format.dots(zone.x) + graphic.x, y: top + graphic.y, reversed: reversed)
                }
                continue
            }
            let fitted = fitResident(line, size: placement.size, width: zone.width, available: placement.available)
            var y = top
            for text in fitted.lines {
                place(text, x: zone.x, y: y, width: zone.width, height: fitted.height, line.alignment, reversed)
                y += Self.pitch(fitted.height)
            }
        }
    }

    /// The rasterizer of this label, made when the first text needs it.
    private mutating func textRasterizer() throws -> ZPLTextRasterizer {
        if let rasterizer { return rasterizer }
        let made = try ZPLTextRasterizer(dotsPerMillimetre: resolution.dotsPerMillimetre)
        rasterizer = made
        return made
    }

    /// `line` in font 0 at `size` points or smaller (down to its minimum), wrapped or
    /// shortened to fit `width` mm and the lines that fit `available` mm.
    private func fitResident(_ line: LabelTextLine, size: Double, width: Double, available: Double) -> (
        lines: [String], height: Int
    ) {
        let maxWidth = format.dots(width)
        let preferred = max(1, format.dots(size * Self.millimetresPerPoint))
        let minimum = max(1, min(preferred, format.dots(line.minSize * Self.millimetresPerPoint)))
        switch line.overflow {
        case .shrinkThenEllipsize:
            let single = ZPLFontMetrics.fit(line.text, maxWidth: maxWidth, preferred: preferred, minimum: minimum)
            return ([single.text], single.height)
        case .wrap(let maxLines):
            let fitting = max(1, format.dots(available) / Self.pitch(preferred))
            return ZPLFontMetrics.wrappedFit(
                line.text, maxWidth: maxWidth, preferred: preferred, minimum: minimum,
                maxLines: min(maxLines, fitting))
        }
    }

    /// Prints an already fitted line at dot row `y` with font height `height` dots.
    private mutating func place(
        _ text: String, x: Double, y: Int, width: Double, height: Int, _ alignment: TextAlignment, _ reversed: Bool
    ) {
        let maxWidth = format.dots(width)
        let textWidth = ZPLFontMetrics.width(of: text, height: height)
        var left = format.dots(x)
        switch alignment {
        case .leading: break
        case .center: left += max(0, (maxWidth - textWidth) / 2)
        case .trailing: left += max(0, maxWidth - textWidth)
        }
        format.text(text, x: left, y: y, height: height, reversed: reversed)
    }

    /// Dots from one line's top to the next line's top.
    static func pitch(_ height: Int) -> Int {
        Int((Double(height) * lineSpacing).rounded(.up))
    }

    // MARK: Symbols

    /// The Code 128 centred in its zone; see ``moduleDots(_:)``.
    private mutating func draw(_ barcode: LabelBarcode) {
        let moduleWidth = moduleDots(barcode)
        let zoneWidth = format.dots(barcode.zone.width)
        let symbolWidth = barcode.modules.count * moduleWidth
        format.code128(
            barcode.code, x: format.dots(barcode.zone.x) + (zoneWidth - symbolWidth) / 2,
            y: format.dots(barcode.zone.y),
            moduleWidth: moduleWidth, barHeight: format.dots(barcode.barHeight))
    }

    /// The model's module width in whole dots: the nearest, or one dot less when the symbol
    /// and its quiet zones would not fit the zone (0.5 / 0.375 / 0.25 mm are 4 / 3 / 2 dots at
    /// 203 dpi and 6 / 5 / 3 at 300 dpi).
    func moduleDots(_ barcode: LabelBarcode) -> Int {
        let zoneWidth = format.dots(barcode.zone.width)
        let quiet = 2 * LabelLayout.barcodeQuietZoneModules
        var dots = max(1, Int((barcode.moduleWidth * Double(format.dotsPerMillimetre)).rounded()))
        while dots > 1, (barcode.modules.count + quiet) * dots > zoneWidth { dots -= 1 }
        return dots
    }

    /// The QR code centred in its zone with four modules of quiet zone on every side.
    private mutating func draw(_ qr: LabelQRCode) {
        let side = format.dots(min(qr.zone.width, qr.zone.height))
        let modules = qr.moduleCount
        let magnification = min(10, side / (modules + 2 * PDFCanvas.qrQuietZoneModules))
        guard magnification >= 1 else { return }
        let offset = (side - modules * magnification) / 2
        format.qrCode(
            qr.payload, x: format.dots(qr.zone.x) + offset, y: format.dots(qr.zone.y) + offset,
            magnification: magnification)
    }
}
