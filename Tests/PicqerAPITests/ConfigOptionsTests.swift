import Foundation
import Testing

@testable import PicqerAPI

@Suite("Config options")
struct ConfigOptionsTests {
    /// Picqer's published example answer, verbatim.
    static let picqerExample = #"""
        { "version": "1.0", "data": { "items": [ { "key": "shipping_method", "label": "Shipping method", "description": null, "type": "list", "possible_values": [ { "value": 29, "label": "DHLForYou" }, { "value": 928, "label": "DPD Global" } ], "default_value": 928, "required": true }, { "key": "sender_address", "label": "Sender", "description": "Used as sender address on label", "type": "list", "possible_values": [ { "value": 92828, "label": "Picqer B.V., Meander 601, Arnhem" }, { "value": 273682, "label": "Karwei, Delta 39, Arnhem" } ], "default_value": 92828 }, { "key": "insured", "label": "Insured", "description": null, "type": "list", "possible_values": [ { "value": 0, "label": "No" }, { "value": 1, "label": "Yes" } ], "default_value": 1 }, { "key": "pickup_instructions", "label": "Pickup instructions", "description": null, "type": "text", "default_value": null } ] } }
        """#

    /// The same options in our model.
    static let picqerOptions: [ConfigOption] = [
        ConfigOption(
            key: "shipping_method", label: "Shipping method",
            kind: .list([PossibleValue(value: 29, label: "DHLForYou"), PossibleValue(value: 928, label: "DPD Global")]),
            defaultValue: 928, required: true),
        ConfigOption(
            key: "sender_address", label: "Sender", description: "Used as sender address on label",
            kind: .list([
                PossibleValue(value: 92828, label: "Picqer B.V., Meander 601, Arnhem"),
                PossibleValue(value: 273682, label: "Karwei, Delta 39, Arnhem"),
            ]), defaultValue: 92828),
        ConfigOption(
            key: "insured", label: "Insured",
            kind: .list([PossibleValue(value: 0, label: "No"), PossibleValue(value: 1, label: "Yes")]), defaultValue: 1),
        ConfigOption(key: "pickup_instructions", label: "Pickup instructions", kind: .text(maxLength: nil)),
    ]

    @Test("Our answer for Picqer's example options equals Picqer's example, key by key")
    func matchesPicqersExample() throws {
        let ours = try tree(PicqerJSON.encode(ConfigOptionsResponse(options: Self.picqerOptions)))
        let theirs = try tree(Array(Self.picqerExample.utf8))
        guard case .object(let ourRoot) = ours, case .object(let theirRoot) = theirs,
            case .object(let ourData)? = ourRoot["data"], case .object(let theirData)? = theirRoot["data"],
            case .array(let ourItems)? = ourData["items"], case .array(let theirItems)? = theirData["items"]
        else {
            Issue.record("unexpected shape: \(ours)")
            return
        }
        #expect(Set(ourRoot.keys) == ["version", "data"])
        #expect(ourRoot["version"] == .string("1.0"))
        #expect(Set(ourData.keys) == ["items"])
        #expect(ourItems.count == theirItems.count)
        for (our, their) in zip(ourItems, theirItems) {
            guard case .object(var ourItem) = our, case .object(let theirItem) = their else {
                Issue.record("item is not an object")
                continue
            }
            // We always say whether an option is required; Picqer's example leaves `false` out.
            if theirItem["required"] == nil {
                #expect(ourItem.removeValue(forKey: "required") == .bool(false))
            }
            #expect(Set(ourItem.keys) == Set(theirItem.keys), "\(theirItem["key"] ?? .null)")
            for (key, value) in theirItem {
                #expect(ourItem[key] == value, "\(theirItem["key"] ?? .null).\(key)")
            }
        }
    }

    @Test("Exact bytes: sorted keys, null description and default, no possible_values for text")
    func exactBytes() {
        let options = [
            ConfigOption(
                key: "zpl_dpi", label: "ZPL resolution", description: "Printer dots/inch",
                kind: .list([PossibleValue(value: 203, label: "203 dpi"), PossibleValue(value: 300, label: "300 dpi")]),
                defaultValue: 203, required: true),
            ConfigOption(key: "note", label: "Delivery instruction", kind: .text(maxLength: 60)),
            ConfigOption(
                key: "service", label: "Service", kind: .list([PossibleValue(value: "standard", label: "Standard")]),
                defaultValue: "standard"),
        ]
        let json = String(decoding: PicqerJSON.encode(ConfigOptionsResponse(options: options)), as: UTF8.self)
        #expect(
            json
                == #"{"data":{"items":[{"default_value":203,"description":"Printer dots/inch","key":"zpl_dpi","label":"ZPL resolution","possible_values":[{"label":"203 dpi","value":203},{"label":"300 dpi","value":300}],"required":true,"type":"list"},{"default_value":null,"description":null,"key":"note","label":"Delivery instruction","required":false,"type":"text"},{"default_value":"standard","description":null,"key":"service","label":"Service","possible_values":[{"label":"Standard","value":"standard"}],"required":false,"type":"list"}]},"version":"1.0"}"#
        )
    }

    @Test("OptionValue literals, text and number views")
    func optionValue() {
        let number: OptionValue = 29
        let text: OptionValue = "express"
        #expect(number == .int(29))
        #expect(text == .string("express"))
        #expect(number.stringValue == "29")
        #expect(OptionValue.string(" 42 ").intValue == 42)
        #expect(text.intValue == nil)
    }
}

@Suite("Profile resolution")
struct ProfileResolutionTests {
    private func resolve(_ entries: [ProfileEntry]) -> (profile: ResolvedProfile, problems: [Problem]) {
        resolveProfile(entries, options: demoOptions)
    }

    @Test("Missing, null and blank values take the default; options without value or default are absent")
    func defaults() {
        for entries in [
            [], [ProfileEntry(key: "sender_address", value: nil)],
            [ProfileEntry(key: "sender_address", value: .string("  "))],
        ] {
            let (profile, problems) = resolve(entries)
            #expect(problems.isEmpty)
            #expect(profile.values == ["shipping_method": "standard", "sender_address": 1, "insured": 0])
            #expect(profile["pickup_instructions"] == nil)
        }
    }

    @Test(
        "Numbers and text compare leniently, the announced value is returned",
        arguments: [
            ProfileValue.number(2), .string("2"), .string(" 2 "), .string("2.0"), .number(2.0),
        ])
    func lenientComparison(value: ProfileValue) {
        let (profile, problems) = resolve([ProfileEntry(key: "sender_address", value: value)])
        #expect(problems.isEmpty)
        #expect(profile["sender_address"] == .int(2))
        #expect(profile.int("sender_address") == 2)
    }

    @Test("true and false match 1 and 0")
    func booleans() {
        let (profile, problems) = resolve([ProfileEntry(key: "insured", value: .bool(true))])
        #expect(problems.isEmpty)
        #expect(profile["insured"] == 1)
        #expect(resolve([ProfileEntry(key: "insured", value: .bool(false))]).profile["insured"] == 0)
    }

    @Test("A value that is not a choice is a problem naming the option, the value and the choices")
    func notAChoice() {
        let (_, problems) = resolve([
            ProfileEntry(key: "shipping_method", value: .number(29)),
            ProfileEntry(key: "sender_address", value: .number(4711)),
        ])
        #expect(
            problems == [
                Problem(
                    field: "profile.shipping_method",
                    english:
                        "Shipping method '29' is not available for this account: choose Standard parcel or Express parcel in the shipping profile.",
                    dutch:
                        "Verzendmethode '29' is niet beschikbaar voor dit account: kies Standard parcel of Express parcel in het verzendprofiel."
                ),
                Problem(
                    field: "profile.sender_address",
                    english:
                        "Sender address '4711' is not available for this account: choose Main warehouse or Returns desk in the shipping profile.",
                    dutch:
                        "Afzenderadres '4711' is niet beschikbaar voor dit account: kies Main warehouse of Returns desk in het verzendprofiel."
                ),
            ])
    }

    @Test("Many choices are not listed; no choices at all says so")
    func manyOrNoChoices() {
        let many = ConfigOption(
            key: "sender_address", label: "Sender address",
            kind: .list((1...8).map { PossibleValue(value: .int($0), label: "Address \($0)") }))
        let found = resolveProfile([ProfileEntry(key: "sender_address", value: .number(9))], options: [many]).problems
        #expect(
            found.map(\.english) == [
                "Sender address '9' is not available for this account: choose another one in the shipping profile."
            ])
        let none = ConfigOption(key: "sender_address", label: "Sender address", kind: .list([]))
        let empty = resolveProfile([ProfileEntry(key: "sender_address", value: .number(1))], options: [none]).problems
        #expect(empty.first?.english.contains("has no choices for it yet") == true)
    }

    @Test("A required option without value and default is a problem, in both languages")
    func requiredWithoutDefault() {
        let options = [
            ConfigOption(
                key: "shipping_method", label: "Shipping method",
                kind: .list([PossibleValue(value: "standard", label: "Standard")]),
                required: true, dutchLabel: "Verzendmethode"),
            ConfigOption(key: "customer_number", label: "Customer number", kind: .text(maxLength: nil), required: true),
        ]
        let (profile, problems) = resolveProfile([ProfileEntry(key: "shipping_method", value: nil)], options: options)
        #expect(profile.values.isEmpty)
        #expect(
            problems == [
                Problem(
                    field: "profile.shipping_method",
                    english: "Shipping method is not set: choose one in the shipping profile.",
                    dutch: "Verzendmethode is niet ingesteld: kies er één in het verzendprofiel."),
                Problem(
                    field: "profile.customer_number",
                    english: "Customer number is empty: fill it in in the shipping profile.",
                    dutch: "Customer number is leeg: vul het in het verzendprofiel in."),
            ])
    }

    @Test("Text: numbers become text, trimmed; too long is a problem")
    func text() {
        #expect(
            resolve([ProfileEntry(key: "pickup_instructions", value: .number(42))]).profile["pickup_instructions"]
                == "42")
        #expect(
            resolve([ProfileEntry(key: "pickup_instructions", value: .string(" Ring twice "))]).profile.string(
                "pickup_instructions") == "Ring twice")
        let long = String(repeating: "a", count: 101)
        let found = resolve([ProfileEntry(key: "pickup_instructions", value: .string(long))]).problems
        #expect(
            found.map(\.english) == [
                "Pickup instructions is too long (101 characters): shorten it to at most 100 characters in the shipping profile."
            ])
        #expect(found.first?.dutch.hasPrefix("Ophaalinstructies is te lang (101 tekens)") == true)
    }

    @Test("Unknown keys are ignored; the first of duplicate keys counts")
    func unknownAndDuplicateKeys() {
        let (profile, problems) = resolve([
            ProfileEntry(key: "colour", value: .string("blue")),
            ProfileEntry(key: "insured", value: .number(1)),
            ProfileEntry(key: "insured", value: .number(7)),
        ])
        #expect(problems.isEmpty)
        #expect(profile["colour"] == nil)
        #expect(profile["insured"] == 1)
    }
}
