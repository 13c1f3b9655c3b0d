import Testing

@testable import Labels

@Suite("Customs goods table pagination and amounts")
struct CustomsTableTests {
    let pagination = CustomsTablePagination(firstPageCapacity: 30, laterPageCapacity: 40, closingReserve: 8)

    @Test func fewRowsFitOnOnePageWithTheirTotals() {
        #expect(pagination.pages(rowCount: 2) == [0..<2])
        #expect(pagination.pages(rowCount: 22) == [0..<22])
    }

    @Test func noGoodsStillGivesOnePage() {
        #expect(pagination.pages(rowCount: 0) == [0..<0])
    }

    @Test func rowsThatFitButLeaveNoRoomForTotalsCarryOnePlusToTheNextPage() {
        // 23 rows fit on the first page, but then the totals do not: the last row moves on,
        // so the totals never stand alone.
        #expect(pagination.pages(rowCount: 23) == [0..<22, 22..<23])
        #expect(pagination.pages(rowCount: 30) == [0..<29, 29..<30])
        #expect(pagination.pages(rowCount: 31) == [0..<30, 30..<31])
    }

    @Test func manyRowsFillEveryPageAndEndWithTheTotals() {
        let pages = pagination.pages(rowCount: 120)
        #expect(pages == [0..<30, 30..<70, 70..<110, 110..<120])
        #expect(pages.map(\.count).reduce(0, +) == 120)
        for (index, page) in pages.enumerated() {
            let capacity = index == 0 ? 30 : 40
            let reserve = index == pages.count - 1 ? 8 : 0
            #expect(page.count + reserve <= capacity)
            #expect(!page.isEmpty)
        }
    }

    @Test func everyRowCountIsCoveredExactlyOnceInOrder() {
        for rowCount in 0...300 {
            let pages = pagination.pages(rowCount: rowCount)
            var next = 0
            for page in pages {
                #expect(page.lowerBound == next)
                next = page.upperBound
            }
            #expect(next == rowCount)
            #expect(pages.last!.count + 8 <= (pages.count == 1 ? 30 : 40))
        }
    }

    @Test func capacitiesFollowFromTheLayoutInMillimetres() {
        let fromLayout = CustomsTablePagination(
            firstTop: 110, laterTop: 34, bottom: 281, rowHeight: 5.5, closingHeight: 44)
        #expect(fromLayout.firstPageCapacity == 31)
        #expect(fromLayout.laterPageCapacity == 44)
        #expect(fromLayout.closingReserve == 8)
    }

    @Test func moneyIsPrintedWithTwoDecimalsWhateverTheLocale() {
        #expect(CustomsAmounts.money(29.99) == "29.99")
        #expect(CustomsAmounts.money(0.5) == "0.50")
        #expect(CustomsAmounts.money(0.005) == "0.01")
        #expect(CustomsAmounts.money(1234) == "1234.00")
        #expect(CustomsAmounts.money(-3.07) == "-3.07")
        #expect(CustomsAmounts.money(cents: 5) == "0.05")
    }

    @Test func weightsArePrintedInKilogramsWithThreeDecimals() {
        #expect(CustomsAmounts.kilograms(grams: 850) == "0.850")
        #expect(CustomsAmounts.kilograms(grams: 29388) == "29.388")
        #expect(CustomsAmounts.kilograms(grams: 5) == "0.005")
        #expect(CustomsAmounts.kilograms(grams: 0) == "0.000")
    }

    @Test func totalsOfPicqersSwissExampleAddUpToTheCent() {
        let totals = CustomsAmounts(items: CustomsFixtures.swiss.items)
        #expect(CustomsAmounts.money(cents: totals.totalValueCents) == "109.93")
        #expect(CustomsAmounts.kilograms(grams: totals.totalNetWeightGrams) == "0.850")
        #expect(totals.totalQuantity == 3)
    }
}
