extension ConfigurationChecker {
    /// `metrics.listen` (or `PICQER_CARRIER_METRICS_LISTEN`): `HOST:PORT`, e.g. `127.0.0.1:9464`; absent = off.
    mutating func checkMetrics(_ section: ConfigurationFile.Metrics?) -> CarrierConfiguration.Metrics? {
        guard let listen = environment["PICQER_CARRIER_METRICS_LISTEN"] ?? section?.listen, !listen.isEmpty else {
            return nil
        }
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
            (1...65535).contains(port), colon > listen.startIndex
        else {
            problem("metrics.listen", "expected HOST:PORT such as 127.0.0.1:9464, got '\(listen)'")
            return nil
        }
        var host = String(listen[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return .init(host: host, port: port)
    }
}
