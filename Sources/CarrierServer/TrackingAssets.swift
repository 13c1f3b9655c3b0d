import Crypto
import Foundation
import Labels
import NIOCore
import Shipping

/// The files the tracking pages load: the style sheet and, when `carrier.logo` names a PNG file, the carrier's
/// logo (the same one printed on labels). Both are served under versioned URLs (`?v=` + a digest of the bytes)
/// so that browsers may keep them for a year and still see a new version at once.
struct TrackingAssets: Sendable {
    /// The logo as the header shows it: 40 px high, its width in proportion.
    struct Logo: Sendable {
        var logoURL: String
        var logoWidth: Int
        var logoHeight: Int
    }

    /// A served file.
    struct File: Sendable {
        var bytes: ByteBuffer
        var contentType: String
        /// Strong ETag from the bytes.
        var eTag: String
        /// The URL pages link to.
        var url: String
    }

    let style: File
    let logoFile: File?
    let logo: Logo?

    init(configuration: CarrierConfiguration) {
        style = Self.file(
            Array(TrackingPageStyle.css.utf8), path: Route.trackingStyle.path, contentType: "text/css; charset=utf-8")
        if let label = configuration.carrier.logo, label.pixelHeight > 0 {
            let file = Self.file(label.pngBytes, path: Route.trackingLogo.path, contentType: "image/png")
            logoFile = file
            logo = Logo(
                logoURL: file.url,
                logoWidth: max(1, (40 * label.pixelWidth + label.pixelHeight / 2) / label.pixelHeight),
                logoHeight: 40)
        } else {
            logoFile = nil
            logo = nil
        }
    }

    var styleURL: String { style.url }

    /// A strong ETag for `bytes`: the first 128 bits of their SHA-256, quoted.
    static func eTag<Bytes: DataProtocol>(of bytes: Bytes) -> String {
        "\"" + digest(of: bytes).prefix(32) + "\""
    }

    private static func file(_ bytes: [UInt8], path: String, contentType: String) -> File {
        File(
            bytes: ByteBuffer(bytes: bytes), contentType: contentType, eTag: eTag(of: bytes),
            url: path + "?v=" + digest(of: bytes).prefix(12))
    }

    private static func digest<Bytes: DataProtocol>(of bytes: Bytes) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
