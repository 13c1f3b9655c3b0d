/// How the goods table of a customs document is split over A4 pages.
///
/// Every page repeats the table's column header; the first page also carries the full
/// document header (sender, addressee, …) and so holds fewer rows. The last page must keep
/// room below its rows for the totals, the declaration and the signature line. Rows have a
/// fixed height, so the split is pure arithmetic and the same for every copy of a document.
struct CustomsTablePagination: Equatable {
    /// Rows that fit on the first page of a document copy.
    var firstPageCapacity: Int
    /// Rows that fit on every following page.
    var laterPageCapacity: Int
    /// Rows' worth of space the totals and signature block take on the last page.
    var closingReserve: Int

    /// The capacities of a table whose rows sit between `firstTop`/`laterTop` and `bottom`
    /// (millimetres from the top of the page), with a closing block of `closingHeight` mm.
    init(firstTop: Double, laterTop: Double, bottom: Double, rowHeight: Double, closingHeight: Double) {
        precondition(rowHeight > 0 && bottom > firstTop && bottom > laterTop)
        // Positive quotients: conversion to Int rounds down.
        firstPageCapacity = Int((bottom - firstTop) / rowHeight + 1e-9)
        laterPageCapacity = Int((bottom - laterTop) / rowHeight + 1e-9)
        let reserve = closingHeight / rowHeight
        closingReserve = Int(reserve) + (reserve - Double(Int(reserve)) > 1e-9 ? 1 : 0)
        precondition(
            firstPageCapacity > closingReserve && laterPageCapacity > closingReserve,
            "a page must hold the closing block and at least one row")
    }

    /// Capacities given directly in rows.
    init(firstPageCapacity: Int, laterPageCapacity: Int, closingReserve: Int) {
        precondition(firstPageCapacity > closingReserve && laterPageCapacity > closingReserve)
        self.firstPageCapacity = firstPageCapacity
        self.laterPageCapacity = laterPageCapacity
        self.closingReserve = closingReserve
    }

    /// The rows on each page, in order, for a table of `rowCount` rows.
    ///
    /// There is always at least one page (a documents-only declaration has no goods rows).
    /// The last page carries at least one row when there are rows at all, so the totals never
    /// stand alone on a page of their own.
    func pages(rowCount: Int) -> [Range<Int>] {
        var pages: [Range<Int>] = []
        var start = 0
        while true {
            let capacity = pages.isEmpty ? firstPageCapacity : laterPageCapacity
            let remaining = rowCount - start
            if remaining <= capacity - closingReserve {
                pages.append(start..<rowCount)
                return pages
            }
            let taken = min(capacity, remaining - 1)
            pages.append(start..<start + taken)
            start += taken
        }
    }

    /// Number of pages of one copy of a document with `rowCount` rows.
    func pageCount(rowCount: Int) -> Int {
        pages(rowCount: rowCount).count
    }
}

/// One column of a customs goods table: its caption and where it sits, in millimetres.
struct CustomsTableColumn: Equatable {
    /// How the cell text is aligned in its column.
    enum Alignment: Equatable {
        /// Left-aligned (text).
        case leading
        /// Centred (short codes).
        case center
        /// Right-aligned (numbers, so that the decimals line up).
        case trailing
    }

    /// English caption, with an optional French sub-caption below it.
    var caption: CustomsCaption
    /// Left edge, from the left of the page.
    var x: Double
    /// Column width.
    var width: Double
    /// Alignment of the cells.
    var alignment: Alignment

    /// Right edge, from the left of the page.
    var maxX: Double { x + width }
}

extension Array where Element == CustomsTableColumn {
    /// Lays columns out left to right from `x`, given their widths.
    static func laidOut(
        from x: Double, _ specs: [(caption: CustomsCaption, width: Double, alignment: CustomsTableColumn.Alignment)]
    ) -> [CustomsTableColumn] {
        var left = x
        return specs.map { spec in
            defer { left += spec.width }
            return CustomsTableColumn(caption: spec.caption, x: left, width: spec.width, alignment: spec.alignment)
        }
    }
}
