import Foundation

/// The answer to a successful `POST …/shipments`:
/// `{"version":"1.0","data":{"carrier_key","carrier_name","tracking_code","tracking_url",
/// "label":{"format","documents":{"pdf","zpl"}}}}`.
///
/// The documents are base64 encoded; `zpl` (and `carrier_key`, `tracking_code`, `tracking_url`) are left out
/// when `nil`.
public struct ShipmentResponse: Encodable, Sendable, Equatable {
    /// One of Picqer's carrier keys.
    public var carrierKey: CarrierKey?
    /// Carrier name shown to the end customer.
    public var carrierName: String
    /// The tracking code of the parcel.
    public var trackingCode: String?
    /// The public tracking page of the parcel.
    public var trackingURL: String?
    /// A6, or A4 when customs documents are included.
    public var format: LabelFormat
    /// The PDF (label plus any customs documents), base64 encoded.
    public var pdfBase64: String
    /// The ZPL of the label, base64 encoded, if any.
    public var zplBase64: String?

    /// Creates an answer from the raw documents, which are base64 encoded here.
    public init(
        carrierKey: CarrierKey?, carrierName: String, trackingCode: String?, trackingURL: String?,
        format: LabelFormat, pdf: [UInt8], zpl: [UInt8]? = nil
    ) {
        self.init(
            carrierKey: carrierKey, carrierName: carrierName, trackingCode: trackingCode, trackingURL: trackingURL,
            format: format, pdfBase64: Data(pdf).base64EncodedString(),
            zplBase64: zpl.map { Data($0).base64EncodedString() })
    }

    /// Creates an answer from documents that are base64 encoded already.
    public init(
        carrierKey: CarrierKey?, carrierName: String, trackingCode: String?, trackingURL: String?,
        format: LabelFormat, pdfBase64: String, zplBase64: String?
    ) {
        self.carrierKey = carrierKey
        self.carrierName = carrierName
        self.trackingCode = trackingCode
        self.trackingURL = trackingURL
        self.format = format
        self.pdfBase64 = pdfBase64
        self.zplBase64 = zplBase64
    }

    private enum CodingKeys: String, CodingKey {
        case version, data
    }

    private enum DataKeys: String, CodingKey {
        case carrierKey = "carrier_key"
        case carrierName = "carrier_name"
        case trackingCode = "tracking_code"
        case trackingURL = "tracking_url"
        case label
    }

    private enum LabelKeys: String, CodingKey {
        case format, documents
    }

    private enum DocumentKeys: String, CodingKey {
        case pdf, zpl
    }

    /// Encodes Picqer's shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("1.0", forKey: .version)
        var data = container.nestedContainer(keyedBy: DataKeys.self, forKey: .data)
        try data.encodeIfPresent(carrierKey, forKey: .carrierKey)
        try data.encode(carrierName, forKey: .carrierName)
        try data.encodeIfPresent(trackingCode, forKey: .trackingCode)
        try data.encodeIfPresent(trackingURL, forKey: .trackingURL)
        var label = data.nestedContainer(keyedBy: LabelKeys.self, forKey: .label)
        try label.encode(format, forKey: .format)
        var documents = label.nestedContainer(keyedBy: DocumentKeys.self, forKey: .documents)
        try documents.encode(pdfBase64, forKey: .pdf)
        try documents.encodeIfPresent(zplBase64, forKey: .zpl)
    }
}
