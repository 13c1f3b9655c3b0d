extension ShipmentRequest {
    /// Reads a request out of a JSON tree (see ``LenientReader`` for the rules). Returns `nil` only when the
    /// tree is not an object.
    ///
    /// Picqer wraps the request in `{"version", "data": {"profile", "shipment"}}`; a body without `data` that
    /// holds `shipment` itself is read too.
    init?(json: JSONValue) {
        guard case .object(let root) = json else { return nil }
        var reader = LenientReader()
        let version = reader.string(root["version"], at: "version", name: Fields.shipment)
        var data = root
        if let wrapped = root["data"] {
            data = reader.object(wrapped, at: "data", name: Fields.shipment) ?? [:]
        }
        let profile = Self.readProfile(data["profile"], reader: &reader)
        let shipment: Shipment
        if let members = reader.object(data["shipment"], at: "shipment", name: Fields.shipment) {
            shipment = Self.readShipment(members, reader: &reader)
        } else {
            if !reader.problems.contains(where: { $0.field == "shipment" || $0.field == "data" }) {
                reader.record(Fields.shipment.missing(at: "shipment"))
            }
            shipment = Shipment()
        }
        self.init(version: version, profile: profile, shipment: shipment, problems: reader.problems)
    }

    private static func readProfile(_ value: JSONValue?, reader: inout LenientReader) -> [ProfileEntry] {
        var pairs: [(key: String, value: JSONValue?)] = []
        switch value {
        case .array(let items)?:
            for item in items {
                guard case .object(let members) = item else { continue }
                var ignored = LenientReader()
                guard
                    let key = ignored.string(members["key"], at: "profile", name: Fields.profile)?.trimmingWhitespace(),
                    !key.isEmpty
                else { continue }
                pairs.append((key, members["value"]))
            }
        case .object(let members)?:
            pairs = members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        case .none, .null?, .bool(false)?:
            break
        case let other?:
            reader.record(Fields.profile.wrongType(at: "profile", got: other, expected: .list))
        }
        return pairs.map { pair in
            ProfileEntry(key: pair.key, value: readProfileValue(pair.value, key: pair.key, reader: &reader))
        }
    }

    private static func readProfileValue(_ value: JSONValue?, key: String, reader: inout LenientReader)
        -> ProfileValue?
    {
        switch value {
        case .none, .null?: return nil
        case .string(let text)?: return .string(text)
        case .number(let number)?: return .number(number)
        case .bool(let flag)?: return .bool(flag)
        case .array(let items)? where items.isEmpty: return nil
        case let other?:
            let name = FieldName(
                "Shipping profile option '\(key)'", "Optie '\(key)' van het verzendprofiel",
                todo: "choose a value for it in the shipping profile", "kies er een waarde voor in het verzendprofiel")
            reader.record(name.wrongType(at: "profile.\(key)", got: other, expected: .text))
            return nil
        }
    }

    private static func readShipment(_ members: [String: JSONValue], reader: inout LenientReader) -> Shipment {
        let path = "shipment"
        var shipment = Shipment()
        shipment.weight = reader.number(members["weight"], at: "\(path).weight", name: Fields.weight)
        shipment.totalPaid = reader.number(members["total_paid"], at: "\(path).total_paid", name: Fields.totalPaid)
        shipment.valueOfGoods = reader.number(
            members["value_of_goods"], at: "\(path).value_of_goods", name: Fields.valueOfGoods)
        if let recipient = reader.object(members["recipient"], at: "\(path).recipient", name: Fields.recipient) {
            shipment.recipient = readRecipient(recipient, path: "\(path).recipient", reader: &reader)
        }
        if let references = reader.object(members["references"], at: "\(path).references", name: Fields.references) {
            shipment.references = readReferences(references, path: "\(path).references", reader: &reader)
        }
        shipment.preferredDeliveryDate = reader.string(
            members["preferred_delivery_date"], at: "\(path).preferred_delivery_date",
            name: Fields.preferredDeliveryDate)
        shipment.pickupPoint = readPickupPoint(
            members["pickup_point_data"], path: "\(path).pickup_point_data", reader: &reader)
        var ignored = LenientReader()
        shipment.language = Language(
            picqerCode: ignored.string(members["language"], at: "\(path).language", name: Fields.language))
        if let customs = reader.object(members["customs_data"], at: "\(path).customs_data", name: Fields.customsData) {
            shipment.customsData = readCustomsData(customs, path: "\(path).customs_data", reader: &reader)
        }
        return shipment
    }

    private static func readRecipient(_ members: [String: JSONValue], path: String, reader: inout LenientReader)
        -> Recipient
    {
        func text(_ key: String, _ name: FieldName) -> String? {
            reader.string(members[key], at: "\(path).\(key)", name: name)
        }
        return Recipient(
            name: text("name", Fields.recipientName),
            contactname: text("contactname", Fields.recipientContactName),
            address: text("address", Fields.recipientAddress),
            address2: text("address2", Fields.recipientAddress2),
            zipcode: text("zipcode", Fields.recipientZipcode),
            city: text("city", Fields.recipientCity),
            region: text("region", Fields.recipientRegion),
            country: text("country", Fields.recipientCountry),
            emailaddress: text("emailaddress", Fields.recipientEmail),
            telephone: text("telephone", Fields.recipientTelephone))
    }

    private static func readReferences(_ members: [String: JSONValue], path: String, reader: inout LenientReader)
        -> References
    {
        func text(_ key: String, _ name: FieldName) -> String? {
            reader.string(members[key], at: "\(path).\(key)", name: name)
        }
        return References(
            reference: text("reference", Fields.reference),
            orderid: text("orderid", Fields.orderID),
            returnid: text("returnid", Fields.returnID),
            picklistid: text("picklistid", Fields.picklistID))
    }

    private static func readPickupPoint(_ value: JSONValue?, path: String, reader: inout LenientReader)
        -> PickupPoint?
    {
        var candidate = value
        // A list holding one object is read as that object.
        if case .array(let items)? = value, items.count == 1, case .object = items[0] {
            candidate = items[0]
        }
        guard let members = reader.object(candidate, at: path, name: Fields.pickupPoint) else { return nil }
        func text(_ key: String, _ english: String, _ dutch: String) -> String? {
            reader.string(members[key], at: "\(path).\(key)", name: Fields.pickupPoint(english, dutch))
        }
        var point = PickupPoint(
            carrier: text("carrier", "carrier", "Vervoerder"),
            id: text("id", "ID", "ID"),
            name: text("name", "name", "Naam"),
            street: text("street", "street", "Straat"),
            houseNumber: text("house_number", "house number", "Huisnummer"),
            zipcode: text("zipcode", "postcode", "Postcode"),
            city: text("city", "city", "Plaats"),
            country: text("country", "country", "Land"))
        switch members["options"] {
        case .object(let options)?: point.options = options
        case .none, .null?, .bool(false)?, .array([])?: break
        case let other?:
            reader.record(
                Fields.pickupPoint("options", "Opties").wrongType(at: "\(path).options", got: other, expected: .object))
        }
        return point.isEmpty ? nil : point
    }

    private static func readCustomsData(_ members: [String: JSONValue], path: String, reader: inout LenientReader)
        -> CustomsData
    {
        let productsPath = "\(path).products"
        guard let rows = reader.list(members["products"], at: productsPath, name: Fields.customsProducts) else {
            return CustomsData()
        }
        var products: [CustomsProduct] = []
        for (index, row) in rows.enumerated() {
            let rowPath = "\(productsPath)[\(index)]"
            let number = index + 1
            let rowName = FieldName(
                "Customs product \(number)", "Douaneproduct \(number)",
                todo: "check this product's customs details in Picqer",
                "controleer de douanegegevens van dit product in Picqer")
            guard let fields = reader.object(row, at: rowPath, name: rowName) else {
                products.append(CustomsProduct())
                continue
            }
            let names = CustomsProductFields(number: number)
            products.append(
                CustomsProduct(
                    description: reader.string(
                        fields["description"], at: "\(rowPath).description", name: names.description),
                    amount: reader.integer(fields["amount"], at: "\(rowPath).amount", name: names.amount),
                    weight: reader.number(fields["weight"], at: "\(rowPath).weight", name: names.weight),
                    value: reader.number(fields["value"], at: "\(rowPath).value", name: names.value),
                    hsCode: reader.string(fields["hs_code"], at: "\(rowPath).hs_code", name: names.hsCode),
                    countryOfOrigin: reader.string(
                        fields["country_of_origin"], at: "\(rowPath).country_of_origin", name: names.countryOfOrigin)
                ))
        }
        return CustomsData(products: products)
    }
}

/// The names of the fields of customs product `number` (1-based).
struct CustomsProductFields {
    let description: FieldName
    let amount: FieldName
    let weight: FieldName
    let value: FieldName
    let hsCode: FieldName
    let countryOfOrigin: FieldName

    init(number: Int) {
        description = Fields.customsProduct(
            number, "description", "omschrijving", todo: "describe the product in Picqer, e.g. 'cotton T-shirt'",
            "beschrijf het product in Picqer, bijvoorbeeld 'katoenen T-shirt'")
        amount = Fields.customsProduct(
            number, "quantity", "aantal", todo: "fill in how many pieces are in the parcel",
            "vul in hoeveel stuks er in het pakket zitten")
        weight = Fields.customsProduct(
            number, "weight", "gewicht", todo: "fill in the product's weight in grams in Picqer",
            "vul het gewicht van het product in grammen in Picqer in")
        value = Fields.customsProduct(
            number, "value", "waarde", todo: "fill in the product's value in Picqer",
            "vul de waarde van het product in Picqer in")
        hsCode = Fields.customsProduct(
            number, "HS code", "HS-code", todo: "fill in the product's customs tariff number (HS code) in Picqer",
            "vul het douanetariefnummer (HS-code) van het product in Picqer in")
        countryOfOrigin = Fields.customsProduct(
            number, "country of origin", "land van herkomst",
            todo: "fill in the two-letter code of the country where the product was made, such as CN",
            "vul de code van twee letters in van het land waar het product gemaakt is, zoals CN")
    }
}
