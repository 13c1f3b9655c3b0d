import Foundation
import Labels
import PicqerAPI
import Shipping
import Testing

/// The planner on what the validator found: every problem in one pass, typed values, no silent defaults.
@Suite struct ShipmentPlannerTests {
    @Test func aBadPostcodeMissingCustomsDataAndInsuranceWithoutValueAreReportedTogether() throws {
        let body = try ShipmentRequests.body(
            recipient: ["country": "CH", "zipcode": ""], shipment: ["value_of_goods": NSNull()],
            profile: ["insured": 1])
        let fields = try ShipmentRequests.problemFields(body)
        #expect(
            Set(fields) == ["shipment.recipient.zipcode", "shipment.customs_data", "shipment.value_of_goods"],
            "\(fields)")
        // Validator first, planner after.
        #expect(fields.first == "shipment.recipient.zipcode")
        let messages = ShipmentRequests.messages(body)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.contains("Douanegegevens ontbreken") && $0.contains("CH") })
        #expect(messages.contains { $0.contains("Verzekering") })
    }

    @Test func aPostcodeOfAnImpossibleTypeStillLetsTheCustomsRuleRun() throws {
        let body = try ShipmentRequests.body(recipient: ["country": "CH", "zipcode": ["1201"]])
        let fields = try ShipmentRequests.problemFields(body)
        #expect(fields == ["shipment.recipient.zipcode", "shipment.customs_data"])
    }

    @Test func whereThePostcodeDecidesAMissingPostcodeSkipsTheCustomsRule() throws {
        // Spain: Madrid needs no documents, the Canary Islands do; without a postcode nobody knows.
        let body = try ShipmentRequests.body(recipient: ["country": "ES", "zipcode": NSNull()])
        #expect(try ShipmentRequests.problemFields(body) == ["shipment.recipient.zipcode"])
    }

    @Test func anUnknownCountrySkipsTheCustomsRule() throws {
        let body = try ShipmentRequests.body(recipient: ["country": "QQ"])
        #expect(try ShipmentRequests.problemFields(body) == ["shipment.recipient.country"])
    }

    @Test func aNegativeValueOfGoodsIsReportedOnceNotAlsoAsMissingForInsurance() throws {
        let body = try ShipmentRequests.body(shipment: ["value_of_goods": -5], profile: ["insured": 1])
        #expect(try ShipmentRequests.problemFields(body) == ["shipment.value_of_goods"])
        let messages = ShipmentRequests.messages(body)
        #expect(messages.count == 1)
        #expect(messages.allSatisfy { !$0.contains("Verzekering") }, "\(messages)")
    }

    @Test func planningRunsNextToProblemsInTheProfile() throws {
        let body = try ShipmentRequests.body(
            recipient: ["country": "CH"], shipment: ["value_of_goods": 0],
            profile: ["sender_address": 999, "insured": 1])
        let fields = try ShipmentRequests.problemFields(body)
        // The sender address is wrong, but the destination alone already leaves the EU.
        #expect(fields == ["profile.sender_address", "shipment.value_of_goods", "shipment.customs_data"])
    }

    @Test func anUnknownServiceIsAProblemNamingTheProfileFieldNotTheDefault() throws {
        let body = try ShipmentRequests.body(profile: ["shipping_method": "overnight"])
        let fields = try ShipmentRequests.problemFields(body)
        #expect(fields == ["profile.shipping_method"])
        #expect(ShipmentRequests.messages(body).joined().contains("overnight"))
    }

    @Test func aValueOfAnImpossibleTypeInTheProfileIsNotReplacedByTheDefault() throws {
        let body = try ShipmentRequests.body(profile: ["zpl_resolution": ["300"]])
        let fields = try ShipmentRequests.problemFields(body)
        #expect(fields == ["profile.zpl_resolution"], "\(fields)")
    }

    @Test func thePlanCarriesTheConfiguredThingsTheProfileChose() throws {
        let plan = try ShipmentRequests.plan(
            try ShipmentRequests.body(
                shipment: ["weight": 5000],
                profile: [
                    "shipping_method": "express", "sender_address": "2", "zpl_resolution": 300, "insured": 1,
                    "customs_category": "gift", "delivery_instructions": "  Bij de buren  ",
                ]))
        #expect(plan.service == ShipmentRequests.configuration.services[1])
        #expect(plan.senderAddress.name == "Demo Outlet")
        #expect(plan.zplResolution == .dpi300)
        #expect(plan.insured)
        #expect(plan.customsCategory == .gift)
        #expect(plan.instructions == "Bij de buren")
        #expect(plan.documents == .labelOnly)
        #expect(plan.labelFormat == .a6)
    }

    @Test func withoutChoicesThePlanTakesTheOptionsDefaults() throws {
        let body = try ShipmentRequests.body(profile: ["shipping_method": NSNull(), "sender_address": NSNull()])
        let plan = try ShipmentRequests.plan(body)
        #expect(plan.service.value == "standard")
        #expect(plan.senderAddress.id == 1)
        #expect(plan.zplResolution == .dpi203)
        #expect(plan.insured == false)
        #expect(plan.customsCategory == .saleOfGoods)
    }

    @Test func customsDataMakesAnA4WithTheGoods() throws {
        let plan = try ShipmentRequests.plan(try ShipmentRequests.body("ch-customs.json"))
        guard case .customs(let products) = plan.documents else {
            Issue.record("documents: \(plan.documents)")
            return
        }
        #expect(!products.isEmpty)
        #expect(plan.labelFormat == .a4)
    }

    @Test func aDocumentsOnlyServiceLeavesTheEUWithADeclarationOnly() throws {
        let plan = try ShipmentRequests.plan(
            try ShipmentRequests.body(
                recipient: ["country": "CH", "zipcode": "1201"], shipment: ["weight": 800],
                profile: ["shipping_method": "documents"]))
        #expect(plan.documents == .documentsDeclaration)
        #expect(plan.labelFormat == .a4)
    }

    @Test func aReturnFromOutsideTheEUNeedsCustomsData() throws {
        let body = try ShipmentRequests.body(
            "return.json", recipient: ["country": "CH", "zipcode": "1201"], remove: ["customs_data"])
        #expect(try ShipmentRequests.problemFields(body) == ["shipment.customs_data"])
    }

    @Test func thePostcodeDecidesOnlyWhereItMatters() {
        #expect(CustomsTerritory.requiresCustomsDocuments(country: "CH", postcodeIfKnown: nil) == true)
        #expect(CustomsTerritory.requiresCustomsDocuments(country: "nl", postcodeIfKnown: nil) == false)
        #expect(CustomsTerritory.requiresCustomsDocuments(country: "ES", postcodeIfKnown: nil) == nil)
        #expect(CustomsTerritory.requiresCustomsDocuments(country: "GB", postcodeIfKnown: nil) == nil)
        #expect(CustomsTerritory.requiresCustomsDocuments(country: "ES", postcodeIfKnown: "35001") == true)
    }
}
