/// A user's value shown in a message: in single quotes, cut to 40 characters, control characters removed.
struct Quoted: CustomStringConvertible {
    let text: String
    init(_ text: String) { self.text = text }
    var description: String {
        let cleaned = String(
            text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        let cut = cleaned.count > 40 ? String(cleaned.prefix(39)) + "…" : cleaned
        return "'\(cut)'"
    }
}
