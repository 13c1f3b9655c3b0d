/// Money and weight as printed on the customs documents, and the totals of the goods.
///
/// Amounts are kept in whole cents and weights in whole grams, so that the totals a customs
/// officer adds up by hand agree with the printed lines to the cent. Formatting never depends
/// on the machine's locale: a point for decimals, no thousands separators.
struct CustomsAmounts: Equatable {
    /// Sum of all line values, in cents.
    var totalValueCents: Int
    /// Sum of all line net weights, in grams.
    var totalNetWeightGrams: Int
    /// Sum of all quantities.
    var totalQuantity: Int

    /// The totals of `items`.
    init(items: [CustomsContent.Item]) {
        totalValueCents = items.reduce(0) { $0 + Self.lineValueCents($1) }
        totalNetWeightGrams = items.reduce(0) { $0 + Self.lineNetWeightGrams($1) }
        totalQuantity = items.reduce(0) { $0 + $1.quantity }
    }

    /// The unit value rounded to cents, as printed.
    static func unitValueCents(_ item: CustomsContent.Item) -> Int {
        cents(item.unitValue)
    }

    /// Quantity times the printed unit value, in cents.
    static func lineValueCents(_ item: CustomsContent.Item) -> Int {
        unitValueCents(item) * item.quantity
    }

    /// Quantity times the unit weight, in grams.
    static func lineNetWeightGrams(_ item: CustomsContent.Item) -> Int {
        item.unitWeightGrams * item.quantity
    }

    /// `value` rounded half away from zero to whole cents.
    static func cents(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        let scaled = value * 100
        return Int(scaled < 0 ? scaled - 0.5 : scaled + 0.5)
    }

    /// Cents as "1234.50" (two decimals, no grouping).
    static func money(cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A value as "1234.50".
    static func money(_ value: Double) -> String {
        money(cents: cents(value))
    }

    /// Grams as kilograms with three decimals, "0.850".
    static func kilograms(grams: Int) -> String {
        let sign = grams < 0 ? "-" : ""
        let magnitude = grams.magnitude
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
