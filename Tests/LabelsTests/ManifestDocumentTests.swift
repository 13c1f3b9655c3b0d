import Foundation
import LabelVerification
import Labels
import Testing

/// The end-of-day manifest PDF read back with the real tools (poppler, qpdf).
@Suite("Manifest PDF")
struct ManifestDocumentTests {
    /// A4 in points.
    static let a4 = (width: 595.276, height: 841.89)
    /// The page margin the manifest keeps free, in points.
    static let margin = 10 * CustomsPDF.pointsPerMillimetre
    /// The column captions every page repeats.
    static let columnCaptions = [
        ManifestCaptions.number, ManifestCaptions.trackingCode, ManifestCaptions.service, ManifestCaptions.zipcode,
        ManifestCaptions.city, ManifestCaptions.country, ManifestCaptions.weight, ManifestCaptions.isReturn,
    ]

    @Test func threeParcelsFitOnOnePageWithHeaderTotalsAndSignatures() throws {
        let folder = try TemporaryFolder()
        let content = ManifestFixtures.manifest(3)
        let document = try CustomsPDF(
            bytes: try ManifestRenderer().render(content), in: folder, name: "manifest-3.pdf")
        #expect(try document.inspection.info()["Pages"] == "1")
        #expect(document.pageSizes.count == 1)
        let size = try document.inspection.pageSize()
        #expect(abs(size.width - Self.a4.width) < 0.5 && abs(size.height - Self.a4.height) < 0.5)
        try document.inspection.qpdfCheck()

        let text = try document.text(page: 1)
        try expectHead(text, page: 1, of: 1, sender: "Webwinkel De Vries B.V., Industrieweg 12, 3542 AD Utrecht, NL")
        try expectCodesOnceInOrder(try layoutText(of: document), count: 3)
        // Row 2: number, code, service, postcode, city, country, weight.
        try expectRow(
            in: document, page: 1, key: ManifestFixtures.trackingCode(2),
            contains: ["2", "Pakket", "Standaard", "1012", "AB", "Amsterdam", "NL", "0.324"])
        try expectClosing(in: document, page: 1, content: content)
        try expectInsideMargins(document)
    }

    @Test func aThousandParcelsPaginateCleanly() throws {
        let folder = try TemporaryFolder()
        let content = ManifestFixtures.manifest(1000)
        let document = try CustomsPDF(
            bytes: try ManifestRenderer().render(content), in: folder, name: "manifest-1000.pdf")
        // 22 full pages of 45 rows, then 10 rows with totals and signatures.
        let pageCount = 23
        #expect(try document.inspection.info()["Pages"] == "\(pageCount)")
        #expect(document.pageSizes.count == pageCount)
        try document.inspection.qpdfCheck()

        try expectCodesOnceInOrder(try layoutText(of: document), count: 1000)
        var firstRows: [Int] = []
        for page in 1...pageCount {
            let text = try document.text(page: page)
            try expectHead(
                text, page: page, of: pageCount,
                sender: "Webwinkel De Vries B.V., Industrieweg 12, 3542 AD Utrecht, NL")
            let isLast = page == pageCount
            for caption in ManifestCaptions.signatureFields + [ManifestCaptions.shipper, ManifestCaptions.driver] {
                #expect(text.contains(caption) == isLast, "'\(caption)' on page \(page)")
            }
            #expect(text.contains("\(ManifestCaptions.parcels): ") == isLast, "summary on page \(page)")
            // The rows of each page are a consecutive run, and no row is cut by the page's end.
            // (Sorted top to bottom: pdftotext's reading order need not follow the rows.)
            let codes = document.pages[page - 1].filter { $0.text.hasPrefix("3SSNK") }.sorted { $0.yMin < $1.yMin }
            let numbers = codes.compactMap { Int($0.text.dropFirst(5)) }
            #expect(numbers == Array((numbers.first ?? 0)..<(numbers.first ?? 0) + numbers.count))
            #expect(numbers.count == (isLast ? 10 : 45), "rows on page \(page)")
            firstRows.append(numbers.first ?? 0)
            for code in codes {
                #expect(code.yMax < Self.a4.height - Self.margin, "\(code.text) cut at the bottom of page \(page)")
            }
        }
        #expect(firstRows == (0..<pageCount).map { $0 * 45 + 1 })
        try expectClosing(in: document, page: pageCount, content: content)
        try expectInsideMargins(document)
    }

    @Test func aManifestOfAllSenderAddressesSaysSo() throws {
        let folder = try TemporaryFolder()
        let document = try CustomsPDF(
            bytes: try ManifestRenderer().render(ManifestFixtures.manifest(2, sender: nil)), in: folder,
            name: "all-senders.pdf")
        try expectHead(try document.text(page: 1), page: 1, of: 1, sender: ManifestCaptions.allSenders)
    }

    @Test func signaturesMoveToANewPageWithTheLastRowsWhenTheyDoNotFit() throws {
        let folder = try TemporaryFolder()
        // 40 rows fit on one page, but not with the closing block below them.
        let document = try CustomsPDF(
            bytes: try ManifestRenderer().render(ManifestFixtures.manifest(40)), in: folder, name: "manifest-40.pdf")
        #expect(document.pageSizes.count == 2)
        #expect(try !document.text(page: 1).contains(ManifestCaptions.driver))
        let last = try document.text(page: 2)
        #expect(last.contains(ManifestCaptions.driver) && last.contains(ManifestCaptions.shipper))
        #expect(last.contains(ManifestFixtures.trackingCode(40)))
        try expectInsideMargins(document)
    }

    @Test func anEmptyManifestIsOnePageWithZeroTotals() throws {
        let folder = try TemporaryFolder()
        let document = try CustomsPDF(
            bytes: try ManifestRenderer().render(ManifestFixtures.manifest(0)), in: folder, name: "empty.pdf")
        #expect(document.pageSizes.count == 1)
        let text = try document.text(page: 1)
        #expect(text.contains("\(ManifestCaptions.parcels): 0 · \(ManifestCaptions.totalWeight): 0.000 kg"))
        #expect(text.contains(ManifestCaptions.driver))
    }

    @Test func longCitiesAndServicesStayInsideTheirColumns() throws {
        let folder = try TemporaryFolder()
        let document = try CustomsPDF(
            bytes: try ManifestRenderer().render(ManifestFixtures.manifest(14)), in: folder, name: "long.pdf")
        // Service column 62–100 mm, city column 118–160 mm.
        let words = document.pages[0]
        for (prefixes, left, right) in [
            (["Hoogezand", "Winschoterdiep", "dorpen"], 118.0, 160.0), (["handtekening", "verzekering"], 62, 100),
        ] {
            let found = words.filter { word in prefixes.contains { word.text.hasPrefix($0) } }
            #expect(!found.isEmpty, "\(prefixes) not printed")
            for word in found {
                #expect(word.xMin >= left * CustomsPDF.pointsPerMillimetre - 0.5, "\(word)")
                #expect(word.xMax <= right * CustomsPDF.pointsPerMillimetre + 0.5, "\(word)")
            }
        }
        #expect(try document.text(page: 1).contains("Θεσσαλονίκη"))
        let fonts = try document.inspection.fonts()
        #expect(!fonts.isEmpty && fonts.allSatisfy(\.embedded))
    }

    @Test func sameContentGivesTheSameBytes() throws {
        let renderer = ManifestRenderer()
        let first = try renderer.render(ManifestFixtures.manifest(120))
        let second = try renderer.render(ManifestFixtures.manifest(120))
        #expect(first == second)
        var changed = ManifestFixtures.manifest(120)
        changed.rows[60].weightGrams += 1
        #expect(try renderer.render(changed) != first)
    }

    // MARK: Helpers

    /// The head every page repeats: carrier, title and date, account, sender, page number,
    /// column captions.
    private func expectHead(
        _ text: String, page: Int, of count: Int, sender: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for expected in [
            "Snelkoerier", "Manifest 2026-11-25", "Account: Webwinkel De Vries (devries)", "Sender: \(sender)",
            "page \(page) of \(count)",
        ] + Self.columnCaptions {
            #expect(text.contains(expected), "page \(page) lacks '\(expected)'", sourceLocation: sourceLocation)
        }
    }

    /// The text of all pages as printed, line by line from the top of each page
    /// (`pdftotext -layout`): the order in which a reader sees the rows.
    private func layoutText(of document: CustomsPDF) throws -> String {
        try ExternalTools.runChecked("pdftotext", ["-layout", "-enc", "UTF-8", document.inspection.path, "-"]).stdout
    }

    /// Every tracking code 1…`count` occurs exactly once, in order.
    private func expectCodesOnceInOrder(
        _ text: String, count: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(text.components(separatedBy: "3SSNK").count - 1 == count, sourceLocation: sourceLocation)
        var searchStart = text.startIndex
        for number in 1...max(1, count) where count > 0 {
            let code = ManifestFixtures.trackingCode(number)
            #expect(text.components(separatedBy: code).count == 2, "\(code) not once", sourceLocation: sourceLocation)
            let found = try #require(
                text.range(of: code, range: searchStart..<text.endIndex), "\(code) out of order",
                sourceLocation: sourceLocation)
            searchStart = found.upperBound
        }
    }

    /// Totals row (bold "Total" with the total weight and the number of returns beside it),
    /// summary line and both signature boxes with their fields, on page `page`.
    private func expectClosing(
        in document: CustomsPDF, page: Int, content: ManifestContent, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let grams = content.rows.reduce(0) { $0 + $1.weightGrams }
        let kilograms = "\(grams / 1000).\(String(format: "%03d", grams % 1000))"
        let returns = content.rows.filter(\.isReturn).count
        let text = try document.text(page: page)
        for expected in [
            "Parcels: \(content.rows.count) · Total weight: \(kilograms) kg · Returns: \(returns)",
            ManifestCaptions.shipper, ManifestCaptions.driver,
        ] + ManifestCaptions.signatureFields {
            #expect(text.contains(expected), "last page lacks '\(expected)'", sourceLocation: sourceLocation)
        }
        let words = document.pages[page - 1]
        let totalsRows = words.filter { $0.text == ManifestCaptions.totals }.map { line(of: $0, in: words) }
        #expect(
            totalsRows.contains { $0.contains(kilograms) && $0.contains("\(returns)") },
            "no totals row with \(kilograms) kg and \(returns) returns: \(totalsRows)", sourceLocation: sourceLocation)
    }

    /// Every word lies inside the 10 mm margins of its page.
    private func expectInsideMargins(_ document: CustomsPDF, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (index, words) in document.pages.enumerated() {
            let outside = words.filter { word in
                !word.isInside(
                    x: Self.margin, y: Self.margin, width: Self.a4.width - 2 * Self.margin,
                    height: Self.a4.height - 2 * Self.margin, slack: 0.5)
            }
            #expect(outside.isEmpty, "page \(index + 1): \(outside.prefix(3))", sourceLocation: sourceLocation)
        }
    }

    /// Expects a table row (words on the line of the word `key`) to hold all of `expected`.
    private func expectRow(
        in document: CustomsPDF, page: Int, key: String, contains expected: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let words = document.pages[page - 1]
        let anchor = try #require(words.first { $0.text == key }, "no '\(key)'", sourceLocation: sourceLocation)
        let row = line(of: anchor, in: words)
        for text in expected {
            #expect(row.contains(text), "row of '\(key)' lacks '\(text)': \(row)", sourceLocation: sourceLocation)
        }
    }

    /// The texts of the words on the same line of the page as `anchor`.
    private func line(of anchor: PDFInspection.Word, in words: [PDFInspection.Word]) -> [String] {
        words.filter { abs(($0.yMin + $0.yMax) / 2 - (anchor.yMin + anchor.yMax) / 2) < 2 }.map(\.text)
    }
}
