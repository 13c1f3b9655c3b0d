import Foundation

extension ConfigurationChecker {
    /// The `operators:` section: unique names, 64-hex-digit token digests, scopes `read` and/or `write`.
    mutating func checkOperators(_ list: [ConfigurationFile.Operator]?) -> [CarrierConfiguration.Operator] {
        var operators: [CarrierConfiguration.Operator] = []
        var names: Set<String> = []
        for (index, entry) in (list ?? []).enumerated() {
            let key = "operators[\(index)]"
            let name = entry.name?.trimmingCharacters(in: .whitespaces) ?? ""
            if name.isEmpty {
                problem("\(key).name", "is required")
            } else if !names.insert(name).inserted {
                problem("\(key).name", "'\(name)' is used twice")
            }
            let digest = entry.tokenSHA256?.lowercased() ?? ""
            if digest.count != 64 || !digest.allSatisfy({ $0.isHexDigit }) {
                problem(
                    "\(key).token_sha256",
                    "expected 64 hex digits; make a token with `picqer-carrier create-operator-token NAME`")
            }
            var scopes: Set<CarrierConfiguration.OperatorScope> = []
            for scope in entry.scopes ?? [] {
                if let known = CarrierConfiguration.OperatorScope(rawValue: scope) {
                    scopes.insert(known)
                } else {
                    problem("\(key).scopes", "expected read and/or write, got '\(scope)'")
                }
            }
            if entry.scopes?.isEmpty ?? true {
                problem("\(key).scopes", "is required: read, write or both")
            }
            operators.append(.init(name: name, tokenSHA256: digest, scopes: scopes))
        }
        return operators
    }
}
