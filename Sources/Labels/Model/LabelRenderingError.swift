/// Why a label (or a document built on the label canvas) could not be rendered.
///
/// The message names what went wrong in words an operator can act on; it never contains the
/// recipient's personal data.
public struct LabelRenderingError: Error, CustomStringConvertible, Equatable {
    private enum Code: Equatable {
        case drawing(String)
        case qrCode(String)
        case barcode(String)
        case content(String)
        case logo(String)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// A human-readable description of the failure.
    public var description: String {
        switch code {
        case .drawing(let message): "label drawing failed: \(message)"
        case .qrCode(let message): "QR code of the tracking URL failed: \(message)"
        case .barcode(let message): "barcode of the tracking code failed: \(message)"
        case .content(let message): "label content not printable: \(message)"
        case .logo(let message): "logo unusable: \(message)"
        }
    }

    /// Cairo or Pango reported an error (out of memory, write error, …).
    static func drawing(_ message: String) -> LabelRenderingError { .init(.drawing(message)) }
    /// libqrencode could not encode the payload (too long, out of memory).
    static func qrCode(_ message: String) -> LabelRenderingError { .init(.qrCode(message)) }
    /// The Code 128 symbol could not be built or does not fit the barcode zone.
    static func barcode(_ message: String) -> LabelRenderingError { .init(.barcode(message)) }
    /// A field of the content cannot be printed (e.g. an empty tracking code).
    static func content(_ message: String) -> LabelRenderingError { .init(.content(message)) }
    /// The carrier's logo file cannot be used (not a PNG, too large, too small).
    static func logo(_ message: String) -> LabelRenderingError { .init(.logo(message)) }
}
