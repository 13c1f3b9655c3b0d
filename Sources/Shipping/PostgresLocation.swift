import Foundation

/// Where the PostgreSQL database is: read from `postgres://user:password@host:port/database?sslmode=…`
/// (`database.url` in the configuration file or the `DATABASE_URL` environment variable).
///
/// Plain data, so that `Shipping` needs no database library; the PostgreSQL store turns it into a client
/// configuration. ``description`` never shows the password.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// How the connection uses TLS (`sslmode` in the URL).
    public enum TLSMode: String, Sendable, Equatable, CaseIterable {
        /// Plain TCP only.
        case disable
        /// TLS when the server offers it, plain TCP otherwise (the default, as in libpq).
        case prefer
        /// TLS or no connection; the server's certificate is verified.
        case require
    }

    /// Host name or IP address.
    public var host: String
    /// TCP port (5432 unless the URL says otherwise).
    public var port: Int
    /// User name.
    public var username: String
    /// Password, when the URL has one.
    public var password: String?
    /// Database name.
    public var database: String
    /// TLS use.
    public var tls: TLSMode

    /// Creates a location.
    public init(
        host: String, port: Int = 5432, username: String, password: String?, database: String, tls: TLSMode = .prefer
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Reads a `postgres://` (or `postgresql://`) URL; user name and password may be percent-encoded.
    /// - Throws: a message saying what is wrong, never quoting the password.
    public init(url text: String) throws(PostgresLocationError) {
        guard let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), ["postgres", "postgresql"].contains(scheme)
        else {
            throw PostgresLocationError(
                "expected a URL such as postgres://user:password@host:5432/database (scheme postgres)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw PostgresLocationError("the URL names no host (postgres://user:password@HOST:5432/database)")
        }
        guard let user = components.user, !user.isEmpty else {
            throw PostgresLocationError("the URL names no user (postgres://USER:password@host:5432/database)")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError("the URL names no database (postgres://user:password@host:5432/DATABASE)")
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw PostgresLocationError("the port must be 1 to 65535, got \(port)")
        }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: item.value ?? "") else {
                    throw PostgresLocationError(
                        "sslmode must be \(TLSMode.allCases.map(\.rawValue).joined(separator: ", ")), got '\(item.value ?? "")'"
                    )
                }
                tls = mode
            default:
                throw PostgresLocationError("unknown URL parameter '\(item.name)' (only sslmode is understood)")
            }
        }
        self.init(
            host: host, port: components.port ?? 5432, username: user, password: components.password,
            database: database.removingPercentEncoding ?? database, tls: tls)
    }

    /// The URL with the password replaced by `***`: safe for logs and messages.
    public var description: String {
        let user = username.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? username
        let secret = password == nil ? "" : ":***"
        let address = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)\(secret)@\(address):\(port)/\(database)?sslmode=\(tls.rawValue)"
    }
}

/// Why a `database.url` cannot be used.
public struct PostgresLocationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
