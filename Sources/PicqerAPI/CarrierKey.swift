/// Picqer's carrier keys (the `carrier_key` of a shipment answer), as published on Picqer's
/// custom-shipping-method page. A carrier without a key of its own answers ``courier`` (or ``other``,
/// ``postal``) and puts its real name in `carrier_name`.
public enum CarrierKey: String, Sendable, Equatable, Hashable, CaseIterable, Encodable {
    /// Ampere.
    case ampere
    /// bpost.
    case bpost
    /// Budbee.
    case budbee
    /// DHL Germany.
    case dhlDE = "dhl_de"
    /// DHL For You.
    case dhlForYou = "dhl_for_you"
    /// DHL Netherlands.
    case dhlNL = "dhl_nl"
    /// DPD Belgium.
    case dpdBE = "dpd_be"
    /// DPD Netherlands.
    case dpdNL = "dpd_nl"
    /// GLS.
    case gls
    /// Packs.
    case packs
    /// PostNL.
    case postnl
    /// Maersk.
    case maersk
    /// Red je Pakketje.
    case redJePakketje = "red_je_pakketje"
    /// Sandd2me.
    case sandd2me
    /// Transmission.
    case transmission
    /// Trunkrs.
    case trunkrs
    /// UPS.
    case ups
    /// A postal service without a key of its own.
    case postal
    /// A courier without a key of its own.
    case courier
    /// Any other carrier.
    case other
}
