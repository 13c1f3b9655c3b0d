import ArgumentParser
import CarrierServer
import Foundation
import Shipping

/// `picqer-carrier create-operator-token NAME`: a fresh random token, printed once, and the
/// configuration entry that holds only its SHA-256.
struct CreateOperatorToken: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a random operator API token and print it with the operators: entry to paste.",
        discussion: "The token is shown once; the configuration keeps only its SHA-256.")

    @Argument(help: "Operator name (shown in logs), e.g. sorting-system.")
    var name: String

    @Option(name: .long, help: "read and/or write (repeat the option); default: read.")
    var scope: [String] = []

    func validate() throws {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty, !name.contains(":"), !name.contains("\n") else {
            throw ValidationError("give the operator a name without ':' or line breaks")
        }
        for value in scope where CarrierConfiguration.OperatorScope(rawValue: value) == nil {
            throw ValidationError("--scope must be read or write, got '\(value)'")
        }
    }

    func run() throws {
        var random = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
        let token = "pco_" + APIKeyDigest.hex(bytes)
        let scopes = scope.isEmpty ? ["read"] : Array(Set(scope)).sorted()
        print(
            """
            Token (shown once; give it to \(name), store it like a password):
              \(token)

            Add to the configuration under operators: (then restart, or reload):
              - name: \(name)
                token_sha256: \(APIKeyDigest.hex(of: token))
                scopes: [\(scopes.joined(separator: ", "))]
            """)
    }
}
