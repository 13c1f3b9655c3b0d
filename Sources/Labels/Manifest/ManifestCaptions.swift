/// The fixed English texts of the manifest, shared by the PDF and the CSV so that both name
/// their columns alike.
public enum ManifestCaptions {
    /// Title after the carrier's name.
    public static let title = "Manifest"
    /// Column: the row's number, 1 for the first parcel.
    public static let number = "No."
    /// Column: tracking code.
    public static let trackingCode = "Tracking code"
    /// Column: service name.
    public static let service = "Service"
    /// Column: recipient's postcode.
    public static let zipcode = "Postcode"
    /// Column: recipient's city.
    public static let city = "City"
    /// Column: recipient's country code.
    public static let country = "Country"
    /// Column: weight in kilograms.
    public static let weight = "Weight (kg)"
    /// Column: whether the parcel is a return.
    public static let isReturn = "Return"
    /// The cell of a return parcel in the return column.
    public static let returnMark = "yes"
    /// Caption before the account.
    public static let account = "Account"
    /// Caption before the sender address.
    public static let sender = "Sender"
    /// What the sender line says when the manifest covers every sender address.
    public static let allSenders = "all sender addresses"
    /// Caption of the totals row.
    public static let totals = "Total"
    /// Caption of the number of parcels.
    public static let parcels = "Parcels"
    /// Caption of the total weight.
    public static let totalWeight = "Total weight"
    /// Caption of the number of returns.
    public static let returns = "Returns"
    /// Title of the shipper's signature box.
    public static let shipper = "Handed over by the shipper"
    /// Title of the driver's signature box.
    public static let driver = "Received by the driver"
    /// The fields of each signature box.
    public static let signatureFields = ["Name", "Signature", "Date / time"]

    /// "page 1 of 3"
    static func page(_ number: Int, of count: Int) -> String {
        CustomsDocumentCaptions.page(number, of: count)
    }
}
