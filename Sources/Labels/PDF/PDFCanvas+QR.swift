extension PDFCanvas {
    /// Quiet zone of a QR code on every side, in modules.
    static let qrQuietZoneModules = 4

    /// Draws `matrix` centred in the square `zone` with a 4-module quiet zone included in the
    /// zone. The module size is the largest multiple of 0.125 mm (one dot of a 203-dpi printer)
    /// that fits, so every module prints as whole dots. Each horizontal run of dark modules is
    /// one rectangle, all filled at once.
    /// - Returns: The module size in millimetres.
    @discardableResult
    func drawQR(_ matrix: QRMatrix, in zone: LabelLayout.Zone) -> Double {
        let modulesAcross = Double(matrix.size + 2 * Self.qrQuietZoneModules)
        let side = min(zone.width, zone.height)
        let exact = side / modulesAcross
        let snapped = (exact / 0.125).rounded(.down) * 0.125
        let module = snapped > 0 ? snapped : exact
        let symbolSide = Double(matrix.size) * module
        let left = Self.snap(zone.x + (zone.width - symbolSide) / 2)
        let top = Self.snap(zone.y + (zone.height - symbolSide) / 2)
        let rects = matrix.darkRuns.map { run in
            LabelLayout.Zone(
                x: left + Double(run.column) * module, y: top + Double(run.row) * module,
                width: Double(run.length) * module, height: module)
        }
        fillRectangles(rects)
        return module
    }

    /// Rounds a coordinate in millimetres down to the 0.125 mm grid of a 203-dpi printer.
    static func snap(_ millimetres: Double) -> Double {
        (millimetres / 0.125).rounded(.down) * 0.125
    }
}
