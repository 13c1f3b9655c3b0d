import Foundation

/// An IPv4 or IPv6 address block in CIDR notation (`10.0.0.0/8`, `fd00::/8`; a bare address is one host).
public struct IPAddressRange: Sendable, Equatable, CustomStringConvertible {
    /// Network address bytes (4 or 16).
    public let network: [UInt8]
    /// Prefix length in bits.
    public let prefixLength: Int

    /// Parses `text`; `nil` when it is not an address or CIDR block.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let bytes = Self.bytes(of: String(parts[0])) else { return nil }
        let bits = bytes.count * 8
        var length = bits
        if parts.count == 2 {
            guard let value = Int(parts[1]), (0...bits).contains(value) else { return nil }
            length = value
        }
        self.network = Self.masked(bytes, prefixLength: length)
        self.prefixLength = length
    }

    /// Whether `address` (textual IPv4 or IPv6; an IPv4-mapped IPv6 address counts as IPv4) lies in the block.
    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return contains(bytes: bytes)
    }

    /// Whether the address `bytes` (4 or 16) lies in the block.
    public func contains(bytes: [UInt8]) -> Bool {
        var bytes = bytes
        if bytes.count == 16, network.count == 4, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff,
            bytes[11] == 0xff
        {
            bytes = Array(bytes[12...])
        }
        guard bytes.count == network.count else { return false }
        return Self.masked(bytes, prefixLength: prefixLength) == network
    }

    /// The block in CIDR notation, e.g. `10.0.0.0/8`.
    public var description: String {
        "\(Self.text(of: network))/\(prefixLength)"
    }

    /// The bytes of a textual IPv4 (4) or IPv6 (16) address, or `nil`.
    public static func bytes(of text: String) -> [UInt8]? {
        var text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if let zone = text.firstIndex(of: "%") { text = String(text[..<zone]) }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }

    /// Canonical text of address bytes.
    public static func text(of bytes: [UInt8]) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        var bytes = bytes
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        let ok = bytes.withUnsafeMutableBytes { inet_ntop(family, $0.baseAddress, &buffer, 64) } != nil
        guard ok else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func masked(_ bytes: [UInt8], prefixLength: Int) -> [UInt8] {
        var result = bytes
        for index in result.indices {
            let bitsHere = max(0, min(8, prefixLength - index * 8))
            let mask: UInt8 = bitsHere == 0 ? 0 : UInt8(truncatingIfNeeded: 0xff << (8 - bitsHere))
            result[index] &= mask
        }
        return result
    }
}
