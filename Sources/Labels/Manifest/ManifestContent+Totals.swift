extension ManifestContent {
    /// The sum of the parcels' weights in grams.
    public var totalWeightGrams: Int {
        rows.reduce(0) { $0 + $1.weightGrams }
    }

    /// How many of the parcels are returns.
    public var returnCount: Int {
        rows.reduce(0) { $0 + ($1.isReturn ? 1 : 0) }
    }

    /// A weight in grams as kilograms with three decimals and a point ("2.350"), as the PDF
    /// and the CSV manifest print it, whatever the machine's locale.
    public static func kilograms(grams: Int) -> String {
        CustomsAmounts.kilograms(grams: grams)
    }
}
