extension ConfigurationChecker {
    /// The `auth:` section: failure limits of 1 to 10000 a minute, a queue wait of 0.05 to 10 seconds.
    mutating func checkAuth(_ section: ConfigurationFile.Auth?) -> CarrierConfiguration.Auth {
        var auth = CarrierConfiguration.Auth()
        if let value = section?.throttle?.perAddressPerMinute {
            if (1...10_000).contains(value) {
                auth.failuresPerAddressPerMinute = value
            } else {
                problem(
                    "auth.throttle.per_address_per_minute", "expected 1 to 10000 failed logins a minute, got \(value)")
            }
        }
        if let value = section?.throttle?.perUsernamePerMinute {
            if (1...10_000).contains(value) {
                auth.failuresPerUsernamePerMinute = value
            } else {
                problem(
                    "auth.throttle.per_username_per_minute", "expected 1 to 10000 failed logins a minute, got \(value)")
            }
        }
        if let value = section?.maxQueueSeconds {
            if (0.05...10).contains(value) {
                auth.maxQueueSeconds = value
            } else {
                problem(
                    "auth.max_queue_seconds",
                    "expected 0.05 to 10 seconds (how long a login may wait for its password check), got \(value)")
            }
        }
        return auth
    }

    /// `server.trusted_proxies`: CIDR blocks such as `10.0.0.0/8` or `::1/128` (a bare address is one host).
    mutating func checkTrustedProxies(_ list: [String]?) -> [IPAddressRange] {
        var ranges: [IPAddressRange] = []
        for (index, text) in (list ?? []).enumerated() {
            if let range = IPAddressRange(text) {
                ranges.append(range)
            } else {
                problem(
                    "server.trusted_proxies[\(index)]",
                    "expected an address or CIDR block such as 10.0.0.0/8 or fd00::/8, got '\(text)'")
            }
        }
        return ranges
    }

    /// `server.tls.profile`: `intermediate` (default) or `modern` (TLS 1.3 only, which then is the minimum).
    mutating func checkTLSProfile(_ section: ConfigurationFile.TLS?, server: inout CarrierConfiguration.Server) {
        let text = section?.profile ?? "intermediate"
        guard let profile = CarrierConfiguration.TLSProfile(rawValue: text) else {
            problem("server.tls.profile", "expected intermediate or modern, got '\(text)'")
            return
        }
        server.tlsProfile = profile
        if profile == .modern {
            if let minimum = section?.minimumVersion, minimum != "1.3" {
                problem(
                    "server.tls.minimum_version",
                    "the modern profile is TLS 1.3 only: remove minimum_version or set it to \"1.3\", got '\(minimum)'")
            }
            server.minimumTLSVersion = .v1_3
        }
        if let seconds = section?.reloadIntervalSeconds {
            if (1...86_400).contains(seconds) {
                server.certificateReloadSeconds = seconds
            } else {
                problem(
                    "server.tls.reload_interval_seconds",
                    "expected 1 to 86400 seconds between looks for renewed certificate files, got \(seconds)")
            }
        }
    }
}
