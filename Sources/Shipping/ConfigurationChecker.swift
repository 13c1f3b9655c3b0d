import Foundation
import Labels
import PicqerAPI

/// Turns a ``ConfigurationFile`` plus environment overrides into a ``CarrierConfiguration``,
/// collecting one message per problem instead of stopping at the first.
struct ConfigurationChecker {
    let environment: [String: String]
    let baseDirectory: String
    private(set) var problems: [String] = []

    init(environment: [String: String], baseDirectory: String) {
        self.environment = environment
        self.baseDirectory = baseDirectory
    }

    mutating func check(_ file: ConfigurationFile) -> CarrierConfiguration? {
        var server = checkServer(file.server)
        if server != nil {
            server!.trustedProxies = checkTrustedProxies(file.server?.trustedProxies)
            checkTLSProfile(file.server?.tls, server: &server!)
        }
        let auth = checkAuth(file.auth)
        let databasePath = resolvePath(
            environment["PICQER_CARRIER_DATABASE"] ?? file.database?.path ?? "picqer-carrier.sqlite")
        let carrier = checkCarrier(file.carrier, publicBaseURL: server?.publicBaseURL)
        let services = checkServices(file.services)
        let accounts = checkAccounts(file.accounts, services: services)
        let operators = checkOperators(file.operators)
        let retention = checkRetention(file.retention)
        let metrics = checkMetrics(file.metrics)
        let logFormat = checkLog(file.log)
        let webhooks = checkWebhooks(file.webhooks)
        let postgres = checkPostgres(file.database)
        guard let server, let carrier, problems.isEmpty else { return nil }
        var configuration = CarrierConfiguration(
            server: server, databasePath: databasePath, postgres: postgres, carrier: carrier, services: services,
            accounts: accounts, operators: operators, retention: retention, metrics: metrics, auth: auth)
        configuration.webhooks = webhooks
        configuration.logFormat = logFormat
        return configuration
    }

    mutating func problem(_ key: String, _ message: String) {
        problems.append("\(key): \(message)")
    }

    private func resolvePath(_ path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: baseDirectory).appendingPathComponent(path).path
    }

    // MARK: server

    private mutating func checkServer(_ section: ConfigurationFile.Server?) -> CarrierConfiguration.Server? {
        let host = environment["PICQER_CARRIER_HOST"] ?? section?.host ?? "0.0.0.0"
        var port = section?.port ?? 8443
        if let text = environment["PICQER_CARRIER_PORT"] {
            if let value = Int(text) {
                port = value
            } else {
                problem("PICQER_CARRIER_PORT", "expected a port number, got '\(text)'")
            }
        }
        if !(0...65535).contains(port) { problem("server.port", "expected a port number from 1 to 65535, got \(port)") }

        var plainHTTP = section?.plainHTTP ?? false
        if let text = environment["PICQER_CARRIER_PLAIN_HTTP"] {
            plainHTTP = ["1", "true", "yes"].contains(text.lowercased())
        }
        let deadline = section?.requestDeadlineSeconds ?? 15
        if !(1...19).contains(deadline) {
            problem(
                "server.request_deadline_seconds",
                "expected 1 to 19 seconds (Picqer gives up after 20), got \(deadline)")
        }
        let maxBody = section?.maxBodyBytes ?? 1_048_576
        if !(1024...16_777_216).contains(maxBody) {
            problem("server.max_body_bytes", "expected 1024 to 16777216 bytes, got \(maxBody)")
        }
        let concurrency = section?.maxConcurrentLabels ?? max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        if !(1...256).contains(concurrency) {
            problem("server.max_concurrent_labels", "expected 1 to 256, got \(concurrency)")
        }

        let versionText = environment["PICQER_CARRIER_TLS_MINIMUM_VERSION"] ?? section?.tls?.minimumVersion ?? "1.2"
        let version = CarrierConfiguration.TLSVersion(rawValue: versionText)
        if version == nil {
            problem("server.tls.minimum_version", "expected \"1.1\", \"1.2\" or \"1.3\", got '\(versionText)'")
        }

        var tls: CarrierConfiguration.TLSFiles?
        let certificate = environment["PICQER_CARRIER_TLS_CERTIFICATE"] ?? section?.tls?.certificate
        let key = environment["PICQER_CARRIER_TLS_PRIVATE_KEY"] ?? section?.tls?.privateKey
        if !plainHTTP {
            if let certificate, let key {
                tls = .init(certificatePath: resolvePath(certificate), privateKeyPath: resolvePath(key))
                for (name, path) in [("certificate", tls!.certificatePath), ("private_key", tls!.privateKeyPath)]
                where !FileManager.default.isReadableFile(atPath: path) {
                    problem("server.tls.\(name)", "the PEM file '\(path)' does not exist or cannot be read")
                }
            } else {
                problem(
                    "server.tls",
                    "certificate and private_key (PEM file paths) are required; set plain_http: true only behind a TLS-terminating proxy"
                )
            }
        }

        let publicBase = environment["PICQER_CARRIER_PUBLIC_BASE_URL"] ?? section?.publicBaseURL
        var baseURL = publicBase ?? "https://localhost:\(port)"
        while baseURL.hasSuffix("/") { baseURL.removeLast() }
        if let url = URL(string: baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil
        {
        } else {
            problem(
                "server.public_base_url",
                "expected an absolute http(s) URL such as https://carrier.example.com, got '\(baseURL)'")
        }
        guard let version else { return nil }
        return .init(
            host: host, port: port, publicBaseURL: baseURL, tls: tls, minimumTLSVersion: version, plainHTTP: plainHTTP,
            requestDeadlineSeconds: deadline, maxBodyBytes: maxBody, maxConcurrentLabels: concurrency)
    }

    // MARK: carrier

    private mutating func checkCarrier(
        _ section: ConfigurationFile.Carrier?, publicBaseURL: String?
    ) -> CarrierConfiguration.Carrier? {
        guard let section else {
            problem("carrier", "is required (key, name, tracking_code)")
            return nil
        }
        let key = section.key ?? ""
        if CarrierKey(rawValue: key) == nil {
            problem(
                "carrier.key",
                "expected one of Picqer's carrier keys (\(CarrierKey.allCases.map(\.rawValue).joined(separator: ", "))), got '\(key)'"
            )
        }
        let name = section.name?.trimmingCharacters(in: .whitespaces) ?? ""
        if name.isEmpty { problem("carrier.name", "is required: the name shown to shoppers and printed on labels") }
        let template =
            section.trackingURL
            ?? "\(publicBaseURL ?? "https://localhost:8443")\(TrackingPagePath.prefix){tracking_code}"
        if !template.contains("{tracking_code}") {
            problem("carrier.tracking_url", "must contain the placeholder {tracking_code}, got '\(template)'")
        } else if !template.allSatisfy({ $0.isASCII })
            || URL(string: template.replacingOccurrences(of: "{tracking_code}", with: "X")) == nil
        {
            problem("carrier.tracking_url", "must be a plain ASCII URL, got '\(template)'")
        }
        let currency = section.currency ?? "EUR"
        if currency.count != 3 || !currency.allSatisfy({ $0.isUppercase && $0.isLetter }) {
            problem("carrier.currency", "expected an ISO 4217 code such as EUR, got '\(currency)'")
        }
        let logo = section.logo.flatMap { checkLogo(resolvePath($0)) }
        let scheme = checkTrackingCode(section.trackingCode)
        guard let scheme else { return nil }
        return .init(
            key: key, name: name, trackingURLTemplate: template, trackingCode: scheme, currency: currency, logo: logo)
    }

    /// The logo at `path`: a readable PNG file of sane size (see ``LabelLogo``).
    private mutating func checkLogo(_ path: String) -> LabelLogo? {
        guard let data = FileManager.default.contents(atPath: path) else {
            problem("carrier.logo", "cannot read the PNG file '\(path)'")
            return nil
        }
        do {
            return try LabelLogo(png: Array(data))
        } catch {
            problem("carrier.logo", "'\(path)': \(error)")
            return nil
        }
    }

    private mutating func checkTrackingCode(_ section: ConfigurationFile.TrackingCode?) -> TrackingCodeScheme? {
        let scheme = section?.scheme ?? "s10"
        let prefix = section?.prefix ?? ""
        switch scheme {
        case "s10":
            let country = section?.country ?? ""
            var ok = true
            if prefix.count != 2 || !prefix.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                problem("carrier.tracking_code.prefix", "S10 needs two capital letters such as CC, got '\(prefix)'")
                ok = false
            }
            if country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                problem(
                    "carrier.tracking_code.country",
                    "S10 needs the ISO country of the carrier such as NL, got '\(country)'")
                ok = false
            }
            return ok ? .s10(prefix: prefix, country: country) : nil
        case "mod10":
            let digits = section?.digits ?? 12
            var ok = true
            if prefix.isEmpty || prefix.count > 6
                || !prefix.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
            {
                problem("carrier.tracking_code.prefix", "expected 1 to 6 capital letters or digits, got '\(prefix)'")
                ok = false
            }
            if !(6...18).contains(digits) {
                problem("carrier.tracking_code.digits", "expected 6 to 18 serial digits, got \(digits)")
                ok = false
            }
            return ok ? .mod10(prefix: prefix, digits: digits) : nil
        default:
            problem("carrier.tracking_code.scheme", "expected s10 or mod10, got '\(scheme)'")
            return nil
        }
    }

    // MARK: services

    private mutating func checkServices(_ list: [ConfigurationFile.Service]?) -> [CarrierConfiguration.Service] {
        guard let list, !list.isEmpty else {
            problem("services", "at least one service is required")
            return []
        }
        var result: [CarrierConfiguration.Service] = []
        for (index, entry) in list.enumerated() {
            let key = "services[\(index)]"
            let value = entry.value ?? ""
            let name = entry.name ?? ""
            let code = entry.code ?? ""
            if value.isEmpty { problem("\(key).value", "is required: the value Picqer sends back, e.g. standard") }
            if name.isEmpty { problem("\(key).name", "is required: the service name on labels") }
            if code.isEmpty || code.count > 8 {
                problem("\(key).code", "expected a short product code of 1 to 8 characters")
            }
            let maxWeight = entry.maxWeightGrams ?? 31_500
            if maxWeight <= 0 { problem("\(key).max_weight_grams", "expected a positive number of grams") }
            if result.contains(where: { $0.value == value }) { problem("\(key).value", "'\(value)' is used twice") }
            result.append(
                .init(
                    value: value, name: name, code: code, maxWeightGrams: maxWeight,
                    documentsOnly: entry.documentsOnly ?? false))
        }
        return result
    }

    // MARK: accounts

    private mutating func checkAccounts(
        _ list: [ConfigurationFile.Account]?, services: [CarrierConfiguration.Service]
    ) -> [CarrierConfiguration.Account] {
        guard let list, !list.isEmpty else {
            problem("accounts", "at least one account is required")
            return []
        }
        var result: [CarrierConfiguration.Account] = []
        for (index, entry) in list.enumerated() {
            if let account = checkAccount(entry, key: "accounts[\(index)]", services: services) {
                if !account.username.isEmpty, result.contains(where: { $0.username == account.username }) {
                    problem("accounts[\(index)].username", "'\(account.username)' is used twice")
                }
                if let key = account.apiKeySHA256, result.contains(where: { $0.apiKeySHA256 == key }) {
                    problem("accounts[\(index)].api_key_sha256", "the same API key is used by two accounts")
                }
                result.append(account)
            }
        }
        return result
    }

    private mutating func checkAccount(
        _ entry: ConfigurationFile.Account, key: String, services: [CarrierConfiguration.Service]
    ) -> CarrierConfiguration.Account? {
        let username = entry.username ?? ""
        let envName =
            "PICQER_CARRIER_ACCOUNT_\(username.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }.map(String.init).joined())_PASSWORD_HASH"
        let passwordHash = environment[envName] ?? entry.passwordHash
        let apiKey = entry.apiKeySHA256?.lowercased()
        let before = problems.count
        if username.contains(":") { problem("\(key).username", "must not contain ':'") }
        if let passwordHash {
            if username.isEmpty {
                problem("\(key).password_hash", "needs a username; accounts without one log in with api_key_sha256")
            }
            if !(passwordHash.hasPrefix("$2a$") || passwordHash.hasPrefix("$2b$") || passwordHash.hasPrefix("$2y$"))
                || passwordHash.count != 60
            {
                problem(
                    "\(key).password_hash",
                    "expected a bcrypt hash ($2b$…, 60 characters); make one with `picqer-carrier hash-password`")
            }
        }
        if let apiKey, apiKey.count != 64 || !apiKey.allSatisfy(\.isHexDigit) {
            problem(
                "\(key).api_key_sha256",
                "expected 64 hex digits; make them with `picqer-carrier hash-password --api-key`")
        }
        if passwordHash == nil && apiKey == nil {
            problem("\(key)", "needs password_hash (username + password) or api_key_sha256 (API key), or both")
        }

        var addresses: [CarrierConfiguration.SenderAddress] = []
        for (index, address) in (entry.senderAddresses ?? []).enumerated() {
            let addressKey = "\(key).sender_addresses[\(index)]"
            guard let id = address.id else {
                problem("\(addressKey).id", "is required: a number Picqer sends back in the profile")
                continue
            }
            if addresses.contains(where: { $0.id == id }) { problem("\(addressKey).id", "\(id) is used twice") }
            for (field, value) in [
                ("name", address.name), ("street", address.street), ("zipcode", address.zipcode),
                ("city", address.city),
            ]
            where (value ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                problem("\(addressKey).\(field)", "is required")
            }
            let country = (address.country ?? "").uppercased()
            if country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
                problem(
                    "\(addressKey).country",
                    "expected an ISO two-letter country code such as NL, got '\(address.country ?? "")'")
            }
            addresses.append(
                .init(
                    id: id, name: address.name ?? "", street: address.street ?? "", zipcode: address.zipcode ?? "",
                    city: address.city ?? "", country: country, taxID: address.taxID))
        }
        if addresses.isEmpty { problem("\(key).sender_addresses", "at least one sender address is required") }

        var allowed: [CarrierConfiguration.Service] = []
        let names = entry.services ?? services.map(\.value)
        for name in names {
            if let service = services.first(where: { $0.value == name }) {
                allowed.append(service)
            } else {
                problem(
                    "\(key).services",
                    "'\(name)' is not one of the services (\(services.map(\.value).joined(separator: ", ")))")
            }
        }
        if allowed.isEmpty && !services.isEmpty { problem("\(key).services", "at least one service is required") }

        let defaultService =
            entry.defaultService.flatMap { value in allowed.first { $0.value == value } } ?? allowed.first
        if let wanted = entry.defaultService, !allowed.contains(where: { $0.value == wanted }) {
            problem("\(key).default_service", "'\(wanted)' is not one of this account's services")
        }
        let defaultAddress =
            entry.defaultSenderAddress.flatMap { id in addresses.first { $0.id == id } } ?? addresses.first
        if let wanted = entry.defaultSenderAddress, !addresses.contains(where: { $0.id == wanted }) {
            problem("\(key).default_sender_address", "\(wanted) is not one of this account's sender address ids")
        }

        let customs = checkCustoms(entry.customs, key: "\(key).customs")
        guard problems.count == before, let defaultService, let defaultAddress, let customs else { return nil }
        return .init(
            username: username, passwordHash: passwordHash, apiKeySHA256: apiKey,
            displayName: entry.displayName ?? username, senderAddresses: addresses, services: allowed,
            defaultService: defaultService, defaultSenderAddress: defaultAddress,
            insuredByDefault: entry.insuredByDefault ?? false, customs: customs)
    }

    private mutating func checkCustoms(_ section: ConfigurationFile.Customs?, key: String) -> CarrierConfiguration
        .CustomsSettings?
    {
        let categoryText = section?.category ?? CustomsContent.Category.saleOfGoods.rawValue
        let category = CustomsContent.Category(rawValue: categoryText)
        if category == nil {
            problem(
                "\(key).category",
                "expected one of \(CustomsContent.Category.allCases.map(\.rawValue).joined(separator: ", ")), got '\(categoryText)'"
            )
        }
        let declarationCopies = section?.declarationCopies ?? 1
        let invoiceCopies = section?.invoiceCopies ?? 2
        if !(1...5).contains(declarationCopies) {
            problem("\(key).declaration_copies", "expected 1 to 5, got \(declarationCopies)")
        }
        if !(0...5).contains(invoiceCopies) {
            problem("\(key).invoice_copies", "expected 0 to 5, got \(invoiceCopies)")
        }
        let incoterm = section?.incoterm ?? "DAP"
        let incoterms = ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]
        if !incoterms.contains(incoterm) {
            problem("\(key).incoterm", "expected an Incoterms 2020 code such as DAP or DDP, got '\(incoterm)'")
        }
        guard let category else { return nil }
        return .init(
            category: category, declarationCopies: declarationCopies, invoiceCopies: invoiceCopies, incoterm: incoterm)
    }
}
