extension ZPLLabelComposer {
    /// The recipient in the largest type on the label, in a heavy frame. When a pickup point
    /// is given the parcel goes there, so the point's address is the destination and the
    /// recipient's name follows it.
    mutating func drawRecipient() {
        let zone = LabelLayout.recipient
        frame(zone, lineWidth: 0.6)
        let inner = Zone(x: zone.x + 2.2, y: zone.y + 1.4, width: zone.width - 4.4, height: zone.height - 2.8)
        let recipient = content.recipient
        let lines: [ZPLStackedLine]
        if let point = content.pickupPoint {
            let country = CountryNames.name(of: point.countryCode ?? recipient.countryCode, in: content.language)
            let addressee = Self.joined([recipient.name, recipient.contactName])
            lines = [
                ZPLStackedLine(text: "\(captions.pickupPoint.uppercased()) \(point.id)", size: 3.2, minimum: 2.2),
                ZPLStackedLine(text: point.name ?? point.id, size: 5.6, minimum: 3, maxLines: 2, spaceBefore: 0.6),
                ZPLStackedLine(text: point.street, size: 4.6, minimum: 2.6, maxLines: 2),
                ZPLStackedLine(text: Self.joined([point.zipcode, point.city], separator: " "), size: 5.6, minimum: 3),
                ZPLStackedLine(text: country, size: 4.2, minimum: 2.6),
                ZPLStackedLine(
                    text: addressee.isEmpty ? nil : "\(captions.forRecipient): \(addressee)", size: 3.9, minimum: 2.2,
                    spaceBefore: 1.5),
            ]
        } else {
            lines = [
                ZPLStackedLine(text: captions.to, size: 2.5, minimum: 1.8),
                ZPLStackedLine(text: recipient.name, size: 5.6, minimum: 3, maxLines: 2),
                ZPLStackedLine(text: recipient.contactName, size: 3.9, minimum: 2.6),
                ZPLStackedLine(text: recipient.street, size: 4.6, minimum: 2.6, maxLines: 2, spaceBefore: 0.4),
                ZPLStackedLine(text: recipient.street2, size: 3.9, minimum: 2.6),
                ZPLStackedLine(
                    text: Self.joined([recipient.zipcode, recipient.city], separator: " "), size: 5.6, minimum: 3),
                ZPLStackedLine(text: recipient.region, size: 3.9, minimum: 2.6),
                ZPLStackedLine(
                    text: CountryNames.name(of: recipient.countryCode, in: content.language), size: 4.2, minimum: 2.6),
            ]
        }
        stack(lines, in: inner)
    }
}
