import Foundation
import NIOCore
import Shipping

/// Which address a request comes from, for throttling failed logins.
///
/// The socket's peer, unless that peer is one of the operator's trusted reverse proxies
/// (`server.trusted_proxies`): then the `X-Forwarded-For` chain is read from the right (the entry the
/// trusted proxy itself appended) leftwards, skipping trusted proxies, and the first entry that is not a
/// trusted proxy is the client. Entries further left were written by the client and prove nothing.
enum ClientAddress {
    /// The client address of a request from `peer` with the `X-Forwarded-For` header values `forwardedFor`.
    static func resolve(peer: SocketAddress?, forwardedFor: [String], trustedProxies: [IPAddressRange]) -> String {
        let peerText = peer?.ipAddress ?? "unknown"
        guard !trustedProxies.isEmpty, isTrusted(peerText, trustedProxies) else { return normalized(peerText) }
        let chain = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !chain.isEmpty else { return normalized(peerText) }
        for entry in chain.reversed() where !isTrusted(entry, trustedProxies) {
            return normalized(entry)
        }
        // Every entry is a trusted proxy: the left-most is the closest we know to the client.
        return normalized(chain[0])
    }

    private static func isTrusted(_ address: String, _ ranges: [IPAddressRange]) -> Bool {
        guard let bytes = IPAddressRange.bytes(of: address) else { return false }
        return ranges.contains { $0.contains(bytes: bytes) }
    }

    /// Canonical text of an address (so `::ffff:127.0.0.2` and `127.0.0.2` are one client); anything that
    /// is not an address is kept, cut to 64 characters, as a key of its own.
    static func normalized(_ text: String) -> String {
        guard var bytes = IPAddressRange.bytes(of: text) else { return String(text.prefix(64)) }
        if bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff, bytes[11] == 0xff {
            bytes = Array(bytes[12...])
        }
        return IPAddressRange.text(of: bytes)
    }
}
