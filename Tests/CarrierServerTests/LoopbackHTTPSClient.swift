import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// HTTP/1.1 over TLS from a chosen loopback source address (AsyncHTTPClient cannot bind one), with
/// control over when the body goes out: for floods from many addresses, slow bodies and certificate checks.
struct LoopbackHTTPS {
    /// A response as read.
    struct Answer: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One open connection.
    struct Connection {
        let channel: any Channel
        var inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<HTTPClientRequestPart>

        /// Sends a whole request and reads the answer.
        mutating func send(
            _ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: [UInt8]? = nil
        ) async throws -> Answer {
            try await sendHead(method, path, headers: headers, contentLength: body?.count)
            if let body, !body.isEmpty { try await sendBody(body) }
            try await sendEnd()
            return try await readAnswer()
        }

        /// Sends the request head (with `Content-Length` when given).
        func sendHead(_ method: HTTPMethod, _ path: String, headers: [(String, String)], contentLength: Int?)
            async throws
        {
            var fields = HTTPHeaders([("Host", "localhost")] + headers)
            if let contentLength { fields.add(name: "Content-Length", value: "\(contentLength)") }
            try await outbound.write(.head(.init(version: .http1_1, method: method, uri: path, headers: fields)))
        }

        /// Sends part of the body.
        func sendBody(_ bytes: [UInt8]) async throws {
            try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: bytes))))
        }

        /// Ends the request.
        func sendEnd() async throws {
            try await outbound.write(.end(nil))
        }

        /// Reads one response; throws when the connection closes first.
        mutating func readAnswer() async throws -> Answer {
            var answer = Answer(status: 0, headers: [], body: [])
            while let part = try await inbound.next() {
                switch part {
                case .head(let head):
                    answer.status = Int(head.status.code)
                    answer.headers = head.headers.map { ($0.name, $0.value) }
                case .body(let buffer):
                    answer.body += Array(buffer.readableBytesView)
                case .end:
                    return answer
                }
            }
            throw ClosedEarly()
        }

        /// The certificate the server presented.
        func peerCertificate() async throws -> NIOSSLCertificate? {
            try await channel.nioSSL_peerCertificate().get()
        }
    }

    struct ClosedEarly: Error {}

    /// Opens a connection to `127.0.0.1:port` from `source` (any loopback address; the kernel's choice when
    /// `nil`), runs `body` and closes it.
    static func withConnection<T: Sendable>(
        port: Int, from source: String? = nil, tls configured: TLSConfiguration? = nil,
        _ body: (inout Connection) async throws -> T
    ) async throws -> T {
        var tls = configured ?? TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        let context = try NIOSSLContext(configuration: tls)
        var bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
        if let source { bootstrap = bootstrap.bind(to: try SocketAddress(ipAddress: source, port: 0)) }
        let channel = try await bootstrap.connect(to: try SocketAddress(ipAddress: "127.0.0.1", port: port)) {
            channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(
                    try NIOSSLClientHandler(context: context, serverHostname: nil))
                try channel.pipeline.syncOperations.addHTTPClientHandlers()
                return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(
                    wrappingChannelSynchronously: channel)
            }
        }
        return try await channel.executeThenClose { inbound, outbound in
            var connection = Connection(
                channel: channel.channel, inbound: inbound.makeAsyncIterator(), outbound: outbound)
            return try await body(&connection)
        }
    }

    /// `Authorization` of HTTP Basic credentials.
    static func basic(_ username: String, _ password: String) -> (String, String) {
        ("Authorization", "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())
    }
}
