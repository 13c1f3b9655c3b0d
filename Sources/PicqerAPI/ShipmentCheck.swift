/// One validation run: collects problems, skipping fields that already have a decoding problem.
struct ShipmentCheck {
    private(set) var problems: [Problem]
    private let decodedFields: Set<String>

    init(decodingProblems: [Problem]) {
        problems = decodingProblems
        decodedFields = Set(decodingProblems.map(\.field))
    }

    /// Whether the field (or the object holding it) already has a problem from decoding.
    private func alreadyReported(_ field: String) -> Bool {
        var path = Substring(field)
        while true {
            if decodedFields.contains(String(path)) { return true }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return false }
            path = path[..<cut]
        }
    }

    private mutating func add(_ problem: Problem) {
        if !alreadyReported(problem.field) { problems.append(problem) }
    }

    /// Trimmed text, `nil` when absent or blank.
    private static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Text with runs of white space collapsed to one space.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Required text: trimmed, or a "missing" problem.
    private mutating func required(_ text: String?, at path: String, name: FieldName) -> String? {
        if let value = Self.clean(text) { return value }
        add(name.missing(at: path))
        return nil
    }

    /// A country code: upper case when known, otherwise a problem.
    private mutating func country(_ text: String?, at path: String, name: FieldName, required: Bool) -> String? {
        let (code, problem) = Self.checkCountry(text, at: path, name: name, required: required)
        if let problem { add(problem) }
        return code
    }

    /// A country code in upper case when `text` is a known one; otherwise the problem with it, if any.
    private static func checkCountry(_ text: String?, at path: String, name: FieldName, required: Bool) -> (
        String?, Problem?
    ) {
        guard let raw = clean(text) else {
            return (nil, required ? name.missing(at: path) : nil)
        }
        if let code = CountryCodes.normalise(raw) { return (code, nil) }
        let shown = Quoted(raw)
        let isTwoLetters = raw.count == 2 && raw.allSatisfy { $0.isASCII && $0.isLetter }
        if isTwoLetters {
            return (
                nil,
                name.invalid(
                    at: path, english: "\(shown) is not a known country code",
                    dutch: "\(shown) is geen bekende landcode")
            )
        }
        return (
            nil,
            name.invalid(
                at: path, english: "\(shown) is not a two-letter country code",
                dutch: "\(shown) is geen landcode van twee letters")
        )
    }

    /// Checks `shipment` and returns the parts that passed their own checks (also when other parts have problems).
    mutating func shipment(_ shipment: ShipmentRequest.Shipment, validator: ShipmentValidator, maxWeightGrams: Int?)
        -> ShipmentParts
    {
        let weight = weightGrams(shipment.weight, validator: validator, maxWeightGrams: maxWeightGrams)
        let totalPaid = amount(shipment.totalPaid, at: "shipment.total_paid", name: Fields.totalPaid)
        let valueOfGoods = amount(shipment.valueOfGoods, at: "shipment.value_of_goods", name: Fields.valueOfGoods)
        let recipient = recipient(shipment.recipient)
        let references = ValidatedShipment.References(
            reference: Self.clean(shipment.references.reference), orderID: Self.clean(shipment.references.orderid),
            returnID: Self.clean(shipment.references.returnid),
            picklistID: Self.clean(shipment.references.picklistid))
        let date = deliveryDate(shipment.preferredDeliveryDate)
        var point: ValidatedShipment.PickupPoint?
        if let requested = shipment.pickupPoint { point = pickupPoint(requested) }
        var customs: [ValidatedShipment.CustomsProduct]?
        if let data = shipment.customsData { customs = customsProducts(data.products) }
        return ShipmentParts(
            weightGrams: weight, totalPaid: totalPaid, valueOfGoods: valueOfGoods, recipient: recipient.whole,
            recipientCountry: recipient.country, recipientZipcode: recipient.zipcode, references: references,
            preferredDeliveryDate: date, pickupPoint: point, language: shipment.language, customsProducts: customs)
    }

    private mutating func weightGrams(_ weight: Double?, validator: ShipmentValidator, maxWeightGrams: Int?) -> Int? {
        let path = "shipment.weight"
        let name = Fields.weight
        var grams: Double
        switch weight {
        case nil:
            if alreadyReported(path) { return nil }
            guard let fallback = validator.defaultWeightGrams else {
                add(name.missing(at: path))
                return nil
            }
            grams = Double(fallback)
        case let value? where value == 0 && validator.defaultWeightGrams != nil:
            grams = Double(validator.defaultWeightGrams!)
        case let value?:
            grams = value
        }
        guard grams > 0 else {
            let shown = NumberText.format(grams)
            let dutchShown = NumberText.formatDutch(grams)
            add(
                name.invalid(
                    at: path, english: "\(shown) g must be more than 0", dutch: "\(dutchShown) g moet meer dan 0 zijn"))
            return nil
        }
        grams = grams.rounded(.up)
        let limit = maxWeightGrams ?? 1_000_000_000
        if grams > Double(limit) {
            let shown = NumberText.format(grams)
            let dutchShown = NumberText.formatDutch(grams)
            add(
                Problem(
                    field: path,
                    english:
                        "Weight \(shown) g is more than the maximum of \(limit) g for this shipping method: split the shipment over more parcels or choose another shipping method.",
                    dutch:
                        "Gewicht \(dutchShown) g is meer dan het maximum van \(limit) g voor deze verzendmethode: verdeel de zending over meer pakketten of kies een andere verzendmethode."
                ))
            return nil
        }
        return Int(grams)
    }

    /// An amount of money: not negative.
    private mutating func amount(_ value: Double?, at path: String, name: FieldName) -> Double? {
        guard let value else { return nil }
        if value < 0 {
            let shown = NumberText.format(value)
            let dutchShown = NumberText.formatDutch(value)
            add(
                name.invalid(
                    at: path, english: "\(shown) cannot be negative", dutch: "\(dutchShown) kan niet negatief zijn")
            )
            return nil
        }
        return value
    }

    /// The recipient when all of it is good, and its country and postcode each when they are good on their own.
    private mutating func recipient(_ recipient: ShipmentRequest.Recipient) -> (
        whole: ValidatedShipment.Recipient?, country: String?, zipcode: String?
    ) {
        let path = "shipment.recipient"
        var name = Self.clean(recipient.name)
        var contactName = Self.clean(recipient.contactname)
        if name == nil, let contact = contactName {
            name = contact
            contactName = nil
        }
        if name == nil { add(Fields.recipientName.missing(at: "\(path).name")) }
        let address = required(recipient.address, at: "\(path).address", name: Fields.recipientAddress)
        // The country decides whether a postcode is needed, but is reported after the city.
        let (country, countryProblem) = Self.checkCountry(
            recipient.country, at: "\(path).country", name: Fields.recipientCountry, required: true)
        var zipcode = Self.clean(recipient.zipcode).map { Self.collapsed($0).uppercased() }
        if zipcode == nil {
            if let country, CountryCodes.withoutPostcodes.contains(country) {
                zipcode = ""
            } else {
                add(Fields.recipientZipcode.missing(at: "\(path).zipcode"))
            }
        }
        let city = required(recipient.city, at: "\(path).city", name: Fields.recipientCity)
        if let countryProblem { add(countryProblem) }
        guard let name, let address, let zipcode, let city, let country else { return (nil, country, zipcode) }
        let whole = ValidatedShipment.Recipient(
            name: name, contactName: contactName == name ? nil : contactName, address: address,
            address2: Self.clean(recipient.address2), zipcode: zipcode, city: city,
            region: Self.clean(recipient.region), country: country, email: Self.clean(recipient.emailaddress),
            telephone: Self.clean(recipient.telephone))
        return (whole, country, zipcode)
    }

    /// The preferred delivery date, `nil` when absent or wrong (then with a problem).
    private mutating func deliveryDate(_ text: String?) -> CalendarDate? {
        guard let text = Self.clean(text) else { return nil }
        if let date = CalendarDate(text) { return date }
        let path = "shipment.preferred_delivery_date"
        let shown = Quoted(text)
        if CalendarDate.hasDateForm(text) {
            add(
                Fields.preferredDeliveryDate.invalid(
                    at: path, english: "\(shown) is not a real date", dutch: "\(shown) is geen bestaande datum"))
        } else {
            add(
                Fields.preferredDeliveryDate.invalid(
                    at: path, english: "\(shown) is not a date written as YYYY-MM-DD",
                    dutch: "\(shown) is geen datum in de vorm JJJJ-MM-DD"))
        }
        return nil
    }

    private mutating func pickupPoint(_ point: ShipmentRequest.PickupPoint) -> ValidatedShipment.PickupPoint? {
        let path = "shipment.pickup_point_data"
        let id = required(point.id, at: "\(path).id", name: Fields.pickupPoint("ID", "ID"))
        let country = country(
            point.country, at: "\(path).country", name: Fields.pickupPoint("country", "Land"), required: false)
        guard let id else { return nil }
        return ValidatedShipment.PickupPoint(
            carrier: Self.clean(point.carrier), id: id, name: Self.clean(point.name), street: Self.clean(point.street),
            houseNumber: Self.clean(point.houseNumber), zipcode: Self.clean(point.zipcode).map(Self.collapsed),
            city: Self.clean(point.city), country: country, options: point.options)
    }

    /// The customs lines that are good (the others are reported as problems).
    private mutating func customsProducts(_ products: [ShipmentRequest.CustomsProduct])
        -> [ValidatedShipment.CustomsProduct]
    {
        var lines: [ValidatedShipment.CustomsProduct] = []
        for (index, product) in products.enumerated() {
            if let line = customsProduct(product, index: index) { lines.append(line) }
        }
        return lines
    }

    private mutating func customsProduct(_ product: ShipmentRequest.CustomsProduct, index: Int)
        -> ValidatedShipment.CustomsProduct?
    {
        let path = "shipment.customs_data.products[\(index)]"
        if alreadyReported(path) { return nil }
        let names = CustomsProductFields(number: index + 1)
        let description = required(product.description, at: "\(path).description", name: names.description)

        let quantity = accepted(
            product.amount, at: "\(path).amount", name: names.amount, { $0 >= 1 ? $0 : nil },
            english: { "\($0) must be at least 1" }, dutch: { "\($0) moet minstens 1 zijn" })
        let weight = accepted(
            product.weight, at: "\(path).weight", name: names.weight,
            { $0 > 0 && $0 <= 1_000_000_000 ? Int($0.rounded(.up)) : nil },
            english: { "\(NumberText.format($0)) g must be more than 0" },
            dutch: { "\(NumberText.formatDutch($0)) g moet meer dan 0 zijn" })
        let value = accepted(
            product.value, at: "\(path).value", name: names.value, { $0 >= 0 ? $0 : nil },
            english: { "\(NumberText.format($0)) cannot be negative" },
            dutch: { "\(NumberText.formatDutch($0)) kan niet negatief zijn" })
        let hsCode = accepted(
            Self.clean(product.hsCode), at: "\(path).hs_code", name: names.hsCode,
            { raw in
                let digits = String(raw.filter { $0 != "." && $0 != " " && $0 != "-" })
                return (6...10).contains(digits.count) && digits.allSatisfy({ $0.isASCII && $0.isNumber })
                    ? digits : nil
            },
            english: { "\(Quoted($0)) must have 6 to 10 digits" },
            dutch: { "\(Quoted($0)) moet 6 tot 10 cijfers hebben" })

        let origin = country(
            product.countryOfOrigin, at: "\(path).country_of_origin", name: names.countryOfOrigin, required: true)

        guard let description, let quantity, let weight, let value, let hsCode, let origin else { return nil }
        return ValidatedShipment.CustomsProduct(
            description: description, quantity: quantity, unitWeightGrams: weight, unitValue: value, hsCode: hsCode,
            countryOfOrigin: origin)
    }

    /// `accept(raw)` when the value is present and acceptable; otherwise records "missing" or
    /// "invalid" (with the reason in both languages) for `field` and returns nil.
    private mutating func accepted<Raw, Value>(
        _ raw: Raw?, at field: String, name: FieldName, _ accept: (Raw) -> Value?,
        english: (Raw) -> String, dutch: (Raw) -> String
    ) -> Value? {
        guard let raw else {
            add(name.missing(at: field))
            return nil
        }
        guard let value = accept(raw) else {
            add(name.invalid(at: field, english: english(raw), dutch: dutch(raw)))
            return nil
        }
        return value
    }
}
