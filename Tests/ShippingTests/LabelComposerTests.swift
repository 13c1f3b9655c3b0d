import Foundation
import Labels
import PicqerAPI
import Shipping
import Testing

/// What the composer makes of a plan: the label's addresses, codes and texts, and the customs documents.
@Suite struct LabelComposerTests {
    static let composer = LabelComposer(carrier: ShipmentRequests.configuration.carrier)

    @Test func aDomesticParcelGoesFromTheChosenSenderToTheRecipient() throws {
        let plan = try ShipmentRequests.plan(
            try ShipmentRequests.body(
                profile: ["sender_address": 2, "insured": 1, "delivery_instructions": "Achterdeur"]))
        let composed = Self.composer.compose(plan, trackingCode: "CC000000015NL", shippingDate: "2026-12-05")
        let label = composed.label
        #expect(label.carrierName == "Testkoerier")
        #expect(label.serviceName == "Parcel Standard")
        #expect(label.serviceCode == "STD")
        #expect(label.sender.name == "Demo Outlet")
        #expect(label.recipient.name == "Picqer B.V.")
        #expect(label.recipient.countryCode == "NL")
        #expect(label.trackingCode == "CC000000015NL")
        #expect(label.trackingURL == "https://track.test.example/track/CC000000015NL")
        #expect(label.shippingDate == "2026-12-05")
        #expect(label.preferredDeliveryDate == "2018-09-09")
        #expect(label.insuredValue == "EUR 199.99")
        #expect(label.reference == "wintersjaal #8928283")
        #expect(label.instructions == "Achterdeur")
        #expect(label.routingCode == "NL 68")
        #expect(label.language == .dutch)
        #expect(!label.isReturn)
        #expect(composed.customs == nil)
        #expect(composed.format == .a6)
        #expect(composed.zplResolution == .dpi203)
    }

    @Test func aReturnSwapsTheRolesAndIsMarked() throws {
        let plan = try ShipmentRequests.plan(try ShipmentRequests.body("return.json"))
        let label = Self.composer.label(for: plan, trackingCode: "CC000000015NL", shippingDate: "2026-12-05")
        #expect(label.isReturn)
        #expect(label.recipient.name == "Demo Webshop B.V.")
        #expect(label.sender.name == plan.shipment.recipient.name)
        #expect(label.pickupPoint == nil)
    }

    @Test func aPickupPointRoutesTheParcelThere() throws {
        let plan = try ShipmentRequests.plan(try ShipmentRequests.body("pickup-point.json"))
        let label = Self.composer.label(for: plan, trackingCode: "CC000000015NL", shippingDate: "2026-12-05")
        let point = try #require(label.pickupPoint)
        #expect(point.id == "176227")
        #expect(point.street == "Lange Viestraat 2")
        #expect(point.countryCode == "NL")
        #expect(label.routingCode == "NL 35")
    }

    @Test func goodsLeavingTheEUGetACN23AndAnInvoice() throws {
        let plan = try ShipmentRequests.plan(
            try ShipmentRequests.body("ch-customs.json", profile: ["customs_category": "gift"]))
        let composed = Self.composer.compose(plan, trackingCode: "CC000000015NL", shippingDate: "2026-12-05")
        let customs = try #require(composed.customs)
        #expect(composed.format == .a4)
        #expect(customs.category == .gift)
        #expect(customs.reasonForExport == "Gift")
        #expect(customs.currency == "EUR")
        #expect(customs.invoiceNumber == "INV-O2018-29230")
        #expect(customs.invoiceDate == "2026-12-05")
        #expect(customs.senderTaxID == "NL123456789B01")
        #expect(customs.items.map(\.description).contains("Philips Hue Duo Pack"))
    }

    @Test func aDocumentsOnlyParcelGetsADeclarationWithoutInvoice() throws {
        let plan = try ShipmentRequests.plan(
            try ShipmentRequests.body(
                recipient: ["country": "CH", "zipcode": "1201"], shipment: ["weight": 800],
                profile: ["shipping_method": "documents"]))
        let customs = try #require(
            Self.composer.customs(for: plan, trackingCode: "CC000000015NL", date: "2026-12-05"))
        #expect(customs.category == .documents)
        #expect(customs.items.isEmpty)
        #expect(customs.invoiceCopies == 0)
    }

    @Test func theShippingDateIsTheDayInAmsterdam() throws {
        // 23:30 UTC on 4 December is already 5 December in Amsterdam.
        let lateEvening = try #require(ISO8601DateFormatter().date(from: "2026-12-04T23:30:00Z"))
        #expect(LabelComposer.shippingDate(lateEvening) == "2026-12-05")
    }
}
