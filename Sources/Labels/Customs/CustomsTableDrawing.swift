/// Draws the goods table of a customs document: a ruled grid with a column header that is
/// repeated on every page, one fixed-height row per line of goods, and a bold totals row.
enum CustomsTableDrawing {
    /// Height of one row of goods.
    static let rowHeight = 5.5
    /// Space between a cell's text and its column rules.
    static let cellPadding = 1.0

    /// Draws the column header in a box `height` mm tall from `top` and returns its bottom.
    /// Each caption is its English text in bold (up to two lines) over its French sub-caption.
    static func header(_ columns: [CustomsTableColumn], top: Double, height: Double, on canvas: PDFCanvas) -> Double {
        guard let first = columns.first, let last = columns.last else { return top }
        let box = LabelLayout.Zone(x: first.x, y: top, width: last.maxX - first.x, height: height)
        canvas.strokeRectangle(box, lineWidth: 0.3)
        for column in columns {
            let inner = LabelLayout.Zone(
                x: column.x + cellPadding, y: top + 0.7, width: column.width - 2 * cellPadding, height: height - 1.2)
            let frenchHeight = column.caption.french == nil ? 0 : canvas.lineHeight(size: 5.5)
            let englishHeight = canvas.text(
                column.caption.english,
                in: .init(x: inner.x, y: inner.y, width: inner.width, height: inner.height - frenchHeight),
                size: CustomsPage.captionSize, weight: .bold, minSize: 5, overflow: .wrap(maxLines: 2),
                alignment: textAlignment(column.alignment))
            if let french = column.caption.french {
                canvas.text(
                    french,
                    in: .init(
                        x: inner.x, y: inner.y + englishHeight, width: inner.width,
                        height: inner.maxY - inner.y - englishHeight),
                    size: 5.5, minSize: 4.5, alignment: textAlignment(column.alignment))
            }
        }
        columnRules(columns, top: top, bottom: top + height, on: canvas)
        return top + height
    }

    /// Draws `rows` (one string per column) from `top` and returns the bottom of the last row.
    static func rows(
        _ rows: [[String]], columns: [CustomsTableColumn], top: Double, weight: FontWeight = .regular,
        on canvas: PDFCanvas
    ) -> Double {
        guard let first = columns.first, let last = columns.last, !rows.isEmpty else { return top }
        let textHeight = canvas.lineHeight(size: CustomsPage.cellSize, weight: weight)
        let inset = max(0.2, (rowHeight - textHeight) / 2)
        var y = top
        for row in rows {
            for (column, value) in zip(columns, row) {
                if column.alignment == .leading,
                    canvas.textWidth(value, size: CustomsPage.cellMinSize, weight: weight)
                        > column.width - 2 * cellPadding
                {
                    // A description too long for one line even at the smallest size: two
                    // small lines filling the row, ellipsized only beyond that.
                    canvas.text(
                        value,
                        in: .init(
                            x: column.x + cellPadding, y: y + 0.25, width: column.width - 2 * cellPadding,
                            height: rowHeight - 0.45),
                        size: CustomsPage.cellMinSize, weight: weight, minSize: 5.5, overflow: .wrap(maxLines: 2))
                    continue
                }
                canvas.text(
                    value,
                    in: .init(
                        x: column.x + cellPadding, y: y + inset, width: column.width - 2 * cellPadding,
                        height: rowHeight - inset - 0.2),
                    size: CustomsPage.cellSize, weight: weight, minSize: CustomsPage.cellMinSize,
                    alignment: textAlignment(column.alignment))
            }
            y += rowHeight
            canvas.drawLine(from: (first.x, y), to: (last.maxX, y), width: 0.1)
        }
        canvas.drawLine(from: (first.x, top), to: (first.x, y), width: 0.3)
        canvas.drawLine(from: (last.maxX, top), to: (last.maxX, y), width: 0.3)
        columnRules(columns, top: top, bottom: y, on: canvas)
        canvas.drawLine(from: (first.x, y), to: (last.maxX, y), width: 0.3)
        return y
    }

    /// The thin rules between columns.
    private static func columnRules(_ columns: [CustomsTableColumn], top: Double, bottom: Double, on canvas: PDFCanvas)
    {
        for column in columns.dropFirst() {
            canvas.drawLine(from: (column.x, top), to: (column.x, bottom), width: 0.15)
        }
    }

    private static func textAlignment(_ alignment: CustomsTableColumn.Alignment) -> TextAlignment {
        switch alignment {
        case .leading: .leading
        case .center: .center
        case .trailing: .trailing
        }
    }
}
