import ArgumentParser
import CarrierServer
import Foundation
import HummingbirdBcrypt

/// `picqer-carrier hash-password`: reads a password (or API key) from stdin, prints its hash.
struct HashPassword: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a password from stdin and print its bcrypt hash for password_hash.",
        discussion: "With --api-key, print the SHA-256 of an API key for api_key_sha256 instead.")

    @Flag(name: .long, help: "Hash an API key (SHA-256) instead of a password (bcrypt).")
    var apiKey = false

    @Option(name: .long, help: "bcrypt cost (10–14).")
    var cost: UInt8 = 10

    func validate() throws {
        guard (10...14).contains(cost) else { throw ValidationError("--cost must be 10 to 14") }
    }

    func run() throws {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("no password on stdin")
        }
        if apiKey {
            guard line.count >= 16 else {
                throw ValidationError("API keys must be at least 16 characters (use a random one)")
            }
            print(APIKeyDigest.hex(of: line))
        } else {
            print(Bcrypt.hash(line, cost: cost))
        }
    }
}
