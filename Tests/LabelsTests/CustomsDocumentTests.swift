import Foundation
import LabelVerification
import Labels
import Testing

/// The A4 customs document (label, CN 23, commercial invoice) read back with the real tools.
@Suite("Customs document PDF")
struct CustomsDocumentTests {
    /// A4 in points.
    static let a4 = (width: 595.276, height: 841.89)

    // MARK: Picqer's Swiss example

    @Test func swissExampleIsA4WithScannableLabelAndAllCustomsFields() throws {
        let folder = try TemporaryFolder()
        let pdf = try CustomsDocumentRenderer().render(
            label: CustomsFixtures.swissLabel, customs: CustomsFixtures.swiss)
        let document = try CustomsPDF(bytes: pdf, in: folder, name: "swiss.pdf")

        // Label page, one CN 23, one invoice.
        #expect(document.pageSizes.count == 3)
        for (index, size) in document.pageSizes.enumerated() {
            #expect(
                abs(size.width - Self.a4.width) < 0.5 && abs(size.height - Self.a4.height) < 0.5, "page \(index + 1)")
        }

        // Page 1 is the label: its Code 128 decodes to the tracking code at thermal resolution.
        let symbols = try document.inspection.decodeSymbols(page: 1, in: folder)
        #expect(symbols.contains { $0.type == "CODE-128" && $0.data == CustomsFixtures.swissLabel.trackingCode })
        #expect(symbols.contains { $0.type == "QR-Code" && $0.data == CustomsFixtures.swissLabel.trackingURL })

        // CN 23: title, parties, reference, category, every line with its fields, totals.
        let declaration = try document.text(page: 2)
        for expected in [
            "CN 23", "CUSTOMS DECLARATION", "Webwinkel De Vries B.V.", "Picqer B.V.", "Meander 251", "6825MC Geneva",
            "SWITZERLAND", "NL859345213B01", "3SABCD1234567890", "INV-O2018-29230", "X Sale of goods", "2018-09-07",
            "Date and sender's signature", "copy 1 of 1", "page 1 of 1", "109.93 EUR", "12.50 EUR",
            "CHE-123.456.789 MWST", "NETHERLANDS",
        ] {
            #expect(declaration.contains(expected), "CN 23 lacks '\(expected)'")
        }
        try expectRow(
            in: document, page: 2, key: "288392", contains: ["1", "Philips", "2", "0.700", "59.98", "CN"])
        try expectRow(
            in: document, page: 2, key: "928382", contains: ["2", "Philips", "1", "0.150", "49.95", "CN"])
        try expectRow(in: document, page: 2, key: "Totaux", contains: ["3", "0.850", "109.93"])
        let symbolsOnDeclaration = try document.inspection.decodeSymbols(page: 2, in: folder)
        #expect(symbolsOnDeclaration.map(\.data) == [CustomsFixtures.swissLabel.trackingCode])

        // Commercial invoice: parties, facts, lines with unit and line values, totals, declaration.
        let invoice = try document.text(page: 3)
        for expected in [
            "COMMERCIAL INVOICE", "INV-O2018-29230", "2018-09-07", "EUR", "Webwinkel De Vries B.V.",
            "VAT/EORI: NL859345213B01", "Picqer B.V.", "3SABCD1234567890", "Reason for export", "Sale", "DAP",
            "Number of packages", "Total invoice value", "122.43 EUR", "109.93 EUR", "VAT/EORI: CHE-123.456.789 MWST",
            "I declare that the information on this invoice is true and correct", "Signature", "copy 1 of 1",
        ] {
            #expect(invoice.contains(expected), "invoice lacks '\(expected)'")
        }
        try expectRow(
            in: document, page: 3, key: "288392", contains: ["1", "Philips", "CN", "2", "0.700", "29.99", "59.98"])
        try expectRow(
            in: document, page: 3, key: "928382", contains: ["2", "Philips", "CN", "1", "0.150", "49.95", "49.95"])
        try expectRow(in: document, page: 3, key: "Totals", contains: ["3", "0.850", "109.93"])

        try document.inspection.qpdfCheck()
        let fonts = try document.inspection.fonts()
        #expect(!fonts.isEmpty)
        let notEmbedded = fonts.filter { !$0.embedded }.map(\.name)
        #expect(notEmbedded.isEmpty, "fonts not embedded: \(notEmbedded)")
        #expect(document.wordsOutsidePrintableArea().isEmpty)
    }

    @Test func sameContentGivesTheSameBytes() throws {
        let renderer = CustomsDocumentRenderer()
        let first = try renderer.render(label: CustomsFixtures.swissLabel, customs: CustomsFixtures.swiss)
        let second = try renderer.render(label: CustomsFixtures.swissLabel, customs: CustomsFixtures.swiss)
        let firstDifference = first.indices.first { $0 < second.count && first[$0] != second[$0] }
        #expect(
            first.count == second.count && firstDifference == nil,
            "sizes \(first.count) and \(second.count), first difference at byte \(firstDifference ?? -1)")
    }

    // MARK: Copies

    @Test func copiesAreConfigurableAndNumbered() throws {
        let folder = try TemporaryFolder()
        var customs = CustomsFixtures.swiss
        customs.declarationCopies = 2
        customs.invoiceCopies = 3
        let document = try CustomsPDF(
            bytes: try CustomsDocumentRenderer().render(label: CustomsFixtures.swissLabel, customs: customs),
            in: folder, name: "copies.pdf")
        #expect(document.pageSizes.count == 1 + 2 + 3)
        #expect(try document.text(page: 2).contains("copy 1 of 2 · page 1 of 1"))
        #expect(try document.text(page: 3).contains("copy 2 of 2 · page 1 of 1"))
        for (page, copy) in [(4, 1), (5, 2), (6, 3)] {
            let text = try document.text(page: page)
            #expect(text.contains("COMMERCIAL INVOICE"))
            #expect(text.contains("copy \(copy) of 3 · page 1 of 1"))
        }
        #expect(try document.text(page: 1).contains("Pages 2–3: CN 23 customs declaration, 2 copies"))
        #expect(try document.text(page: 1).contains("page 1 of 6"))
    }

    @Test func aCopyCountOfZeroLeavesTheDocumentOut() throws {
        let folder = try TemporaryFolder()
        var customs = CustomsFixtures.swiss
        customs.invoiceCopies = 0
        let document = try CustomsPDF(
            bytes: try CustomsDocumentRenderer().render(label: CustomsFixtures.swissLabel, customs: customs),
            in: folder, name: "no-invoice.pdf")
        #expect(document.pageSizes.count == 2)
        #expect(try !document.text(page: 2).contains("COMMERCIAL INVOICE"))
    }

    // MARK: Many products

    @Test func hundredTwentyProductsPaginateCleanly() throws {
        let folder = try TemporaryFolder()
        let customs = CustomsFixtures.many(120)
        let document = try CustomsPDF(
            bytes: try CustomsDocumentRenderer().render(label: CustomsFixtures.swissLabel, customs: customs),
            in: folder, name: "many.pdf")
        // 1 label page + CN 23 (31 + 45 + 43 + 1 rows) + invoice (34 + 45 + 40 + 1 rows).
        let declarationPages = 2...5
        let invoicePages = 6...9
        #expect(document.pageSizes.count == 9)
        #expect(document.wordsOutsidePrintableArea().isEmpty, "\(document.wordsOutsidePrintableArea().prefix(5))")

        for page in declarationPages {
            let text = try document.text(page: page)
            #expect(text.components(separatedBy: "HS tariff number").count - 1 == 1, "header on page \(page)")
            #expect(text.contains("copy 1 of 1 · page \(page - 1) of 4"))
            #expect(text.contains("Totals / Totaux") == (page == declarationPages.upperBound))
            #expect(text.contains("Date and sender's signature") == (page == declarationPages.upperBound))
        }
        for page in invoicePages {
            let text = try document.text(page: page)
            #expect(text.components(separatedBy: "Unit value (EUR)").count - 1 == 1, "header on page \(page)")
            #expect(text.contains("copy 1 of 1 · page \(page - 5) of 4"))
            #expect(text.contains("Total invoice value") == (page == invoicePages.upperBound))
        }

        // Every line is there once per document, in order, with its quantity and HS code.
        let declarationWords = declarationPages.flatMap { document.pages[$0 - 1] }
        let invoiceWords = invoicePages.flatMap { document.pages[$0 - 1] }
        for words in [declarationWords, invoiceWords] {
            let hsCodes = words.filter { $0.text.hasPrefix("6117") }
            #expect(hsCodes.count == 120)
            #expect(words.filter { $0.text == "SKU-0077" }.count == 1)
        }
        let totals = CustomsFixtures.manyTotals(120)
        #expect(try document.text(page: 5).contains(totals.value))
        #expect(try document.text(page: 9).contains(totals.value))
        #expect(try document.text(page: 5).contains(totals.weight))
    }

    @Test func longDescriptionsStayInsideTheirColumn() throws {
        let folder = try TemporaryFolder()
        var customs = CustomsFixtures.many(3)
        customs.items[1].description = String(repeating: "Hand-knitted woollen winter scarf with tassels ", count: 8)
        let document = try CustomsPDF(
            bytes: try CustomsDocumentRenderer().render(label: CustomsFixtures.swissLabel, customs: customs),
            in: folder, name: "long.pdf")
        // CN 23 description column: 18–90 mm; invoice: 18–84 mm (plus cell padding).
        for (page, right) in [(2, 90.0), (3, 84.0)] {
            let scarfWords = document.pages[page - 1].filter { $0.text.hasPrefix("scarf") || $0.text == "tassels" }
            #expect(!scarfWords.isEmpty)
            for word in scarfWords {
                #expect(word.xMin >= 18 * CustomsPDF.pointsPerMillimetre - 0.5)
                #expect(word.xMax <= right * CustomsPDF.pointsPerMillimetre + 0.5, "\(word) on page \(page)")
            }
        }
        #expect(document.wordsOutsidePrintableArea().isEmpty)
    }

    @Test func fullAddressesKeepEveryLineInTheirBoxes() throws {
        let folder = try TemporaryFolder()
        var label = CustomsFixtures.swissLabel
        label.sender = .init(
            name: "Webwinkel De Vries Internationale Handelsonderneming en Verzendhuis B.V.",
            contactName: "Afdeling Export en Douanezaken", street: "Industrieweg 12-14 Unit B",
            street2: "Bedrijventerrein De Wetering-Noord", zipcode: "3542 AD", city: "Utrecht", region: "Utrecht",
            countryCode: "NL")
        label.recipient = .init(
            name: "Schweizerische Bundesbahnen SBB Infrastruktur Energie",
            contactName: "Frau Dr. Anna-Katharina Müller",
            street: "Hilfikerstrasse 1, Gebäude Wylerpark, Eingang Süd", street2: "Postfach 2048", zipcode: "3000",
            city: "Bern 65", region: "Kanton Bern", countryCode: "CH")
        let document = try CustomsPDF(
            bytes: try CustomsDocumentRenderer().render(label: label, customs: CustomsFixtures.swiss), in: folder,
            name: "addresses.pdf")
        for page in [2, 3] {
            let text = try document.text(page: page)
            for start in [
                "Webwinkel De Vries", "Afdeling Export", "Industrieweg 12-14", "Bedrijventerrein", "3542 AD Utrecht",
                "NETHERLANDS", "Schweizerische Bundesbahnen", "Frau Dr. Anna-Katharina", "Hilfikerstrasse 1",
                "Postfach 2048", "3000 Bern 65", "Kanton Bern", "SWITZERLAND", "CHE-123.456.789 MWST",
            ] {
                #expect(text.contains(start), "page \(page) lacks '\(start)'")
            }
        }
        #expect(document.wordsOutsidePrintableArea().isEmpty)
    }

    // MARK: Categories

    @Test(arguments: CustomsContent.Category.allCases)
    func theChosenCategoryIsTicked(_ category: CustomsContent.Category) throws {
        let folder = try TemporaryFolder()
        var customs = CustomsFixtures.swiss
        customs.category = category
        customs.categoryExplanation = category == .other ? "Replacement part under warranty" : nil
        let document = try CustomsPDF(
            bytes: try CustomsDocumentRenderer().render(label: CustomsFixtures.swissLabel, customs: customs),
            in: folder, name: "category.pdf")
        let words = document.pages[1]
        let ticks = words.filter { $0.text == "X" }
        try #require(ticks.count == 1, "exactly one tick box is ticked")
        let firstWord: String =
            switch category {
            case .saleOfGoods: "Sale"
            case .gift: "Gift"
            case .commercialSample: "Commercial"
            case .returnedGoods: "Returned"
            case .documents: "Documents"
            case .other: "Other"
            }
        let tick = ticks[0]
        let captionRight = words.contains { word in
            word.text == firstWord && abs(word.yMin - tick.yMin) < 3 && word.xMin > tick.xMax
                && word.xMin - tick.xMax < 8
        }
        #expect(captionRight, "the X stands next to '\(firstWord)'")
        #expect(try document.text(page: 2).contains("Replacement part under warranty") == (category == .other))
    }

    @Test func aDocumentsOnlyDeclarationWithoutGoodsStillRenders() throws {
        let folder = try TemporaryFolder()
        var customs = CustomsFixtures.swiss
        customs.items = []
        customs.category = .documents
        let document = try CustomsPDF(
            bytes: try CustomsDocumentRenderer().render(label: CustomsFixtures.swissLabel, customs: customs),
            in: folder, name: "documents.pdf")
        #expect(document.pageSizes.count == 3)
        #expect(try document.text(page: 2).contains("0.00 EUR"))
        #expect(document.wordsOutsidePrintableArea().isEmpty)
    }

    // MARK: Helpers

    /// Expects a table row (words on the line of the word `key`) to hold all of `expected`.
    private func expectRow(
        in document: CustomsPDF, page: Int, key: String, contains expected: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let words = document.pages[page - 1]
        let anchors = words.filter { $0.text == key }
        try #require(anchors.count >= 1, "no '\(key)' on page \(page)", sourceLocation: sourceLocation)
        let anchor = anchors[0]
        let row = words.filter { abs(($0.yMin + $0.yMax) / 2 - (anchor.yMin + anchor.yMax) / 2) < 3 }.map(\.text)
        for text in expected {
            #expect(row.contains(text), "row of '\(key)' lacks '\(text)': \(row)", sourceLocation: sourceLocation)
        }
    }
}

/// A rendered customs PDF on disk with its words per page.
struct CustomsPDF {
    static let pointsPerMillimetre = 72 / 25.4

    let inspection: PDFInspection
    /// Words of each page (`pdftotext -bbox`), in points from the page's top-left corner.
    let pages: [[PDFInspection.Word]]
    /// Size of each page in points.
    let pageSizes: [(width: Double, height: Double)]

    init(bytes: [UInt8], in folder: TemporaryFolder, name: String) throws {
        inspection = PDFInspection(path: try folder.write(bytes, to: name))
        let output = try ExternalTools.runChecked("pdftotext", ["-bbox", "-enc", "UTF-8", inspection.path, "-"])
        var pages: [[PDFInspection.Word]] = []
        var sizes: [(width: Double, height: Double)] = []
        for line in output.stdout.split(separator: "\n") {
            if line.contains("<page ") {
                pages.append([])
                sizes.append((Self.attribute("width", in: line) ?? 0, Self.attribute("height", in: line) ?? 0))
            } else if line.contains("<word "), let open = line.firstIndex(of: ">"),
                let close = line.range(of: "</word>"), let xMin = Self.attribute("xMin", in: line),
                let yMin = Self.attribute("yMin", in: line), let xMax = Self.attribute("xMax", in: line),
                let yMax = Self.attribute("yMax", in: line), !pages.isEmpty
            {
                let text = String(line[line.index(after: open)..<close.lowerBound])
                pages[pages.count - 1].append(.init(text: text, xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax))
            }
        }
        self.pages = pages
        self.pageSizes = sizes
    }

    /// The text of one page (1-based), whitespace collapsed.
    func text(page: Int) throws -> String {
        let output = try ExternalTools.runChecked(
            "pdftotext", ["-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", inspection.path, "-"])
        return PDFInspection.normalise(output.stdout)
    }

    /// Words that reach into the outer 8 mm of their page (the document keeps 10 mm free, and
    /// office printers cannot print the outer 5 mm).
    func wordsOutsidePrintableArea() -> [(page: Int, word: PDFInspection.Word)] {
        let margin = 8 * Self.pointsPerMillimetre
        var outside: [(page: Int, word: PDFInspection.Word)] = []
        for (index, words) in pages.enumerated() {
            let size = pageSizes[index]
            for word in words
            where !word.isInside(
                x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin, slack: 0)
            {
                outside.append((index + 1, word))
            }
        }
        return outside
    }

    private static func attribute(_ name: String, in line: Substring) -> Double? {
        guard let range = line.range(of: " \(name)=\"") else { return nil }
        return Double(line[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// Customs content used by the tests.
enum CustomsFixtures {
    /// The label of Picqer's customs example (recipient Picqer B.V. in Geneva).
    static let swissLabel = LabelContent(
        carrierName: "Snelkoerier", serviceName: "Parcel International", serviceCode: "INT",
        sender: .init(
            name: "Webwinkel De Vries B.V.", street: "Industrieweg 12", zipcode: "3542 AD", city: "Utrecht",
            countryCode: "NL"),
        recipient: .init(
            name: "Picqer B.V.", street: "Meander 251", zipcode: "6825MC", city: "Geneva", countryCode: "CH"),
        trackingCode: "3SABCD1234567890", trackingURL: "https://track.snelkoerier.nl/t/3SABCD1234567890",
        weightGrams: 1250, shippingDate: "2018-09-07", reference: "O2018-29230", language: .dutch)

    /// The two products of Picqer's example, with postage known.
    static let swiss = CustomsContent(
        items: [
            .init(
                description: "Philips Hue Duo Pack", quantity: 2, unitWeightGrams: 350, unitValue: 29.99,
                hsCode: "288392", originCountry: "CN"),
            .init(
                description: "Philips Hue Remote", quantity: 1, unitWeightGrams: 150, unitValue: 49.95,
                hsCode: "928382", originCountry: "CN"),
        ], invoiceNumber: "INV-O2018-29230", invoiceDate: "2018-09-07", postage: 12.5,
        senderTaxID: "NL859345213B01", importerReference: "CHE-123.456.789 MWST")

    /// `count` distinct products; every seventh has a description far too long for its column.
    static func many(_ count: Int) -> CustomsContent {
        CustomsContent(
            items: (1...max(1, count)).map { index in
                let sku = "SKU-" + String(String(index + 10_000).suffix(4))
                let description =
                    index % 7 == 0
                    ? "\(sku) Hand-knitted woollen winter scarf with tassels, made of merino wool and dyed in Scotland"
                    : "\(sku) Winter scarf"
                return .init(
                    description: description, quantity: index % 5 + 1, unitWeightGrams: 100 + index,
                    unitValue: Double(index) + 0.99, hsCode: "6117\(String(1000 + index % 9000))", originCountry: "GB")
            }, invoiceNumber: "INV-2026-0042", invoiceDate: "2026-11-25", senderTaxID: "NL859345213B01")
    }

    /// Expected printed totals of ``many(_:)``.
    static func manyTotals(_ count: Int) -> (value: String, weight: String) {
        var cents = 0
        var grams = 0
        for index in 1...count {
            let quantity = index % 5 + 1
            cents += (index * 100 + 99) * quantity
            grams += (100 + index) * quantity
        }
        let value = "\(cents / 100).\(String(format: "%02d", cents % 100))"
        let weight = "\(grams / 1000).\(String(format: "%03d", grams % 1000))"
        return (value, weight)
    }
}
