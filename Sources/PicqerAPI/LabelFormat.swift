import Foundation

/// The physical size of the label document in a shipment answer.
public enum LabelFormat: String, Sendable, Equatable, Hashable, CaseIterable, Encodable {
    /// A6 (105 × 148 mm), the normal label.
    case a6 = "A6"
    /// A4, only when the label does not fit A6, e.g. with customs documents.
    case a4 = "A4"
}
