// Renders many labels in a row on one thread and prints throughput, size and peak memory.
//
// Usage: label-benchmark [count] [--out DIR] [--customs PRODUCTS] [--manifest PARCELS]
//   count                number of labels (default 1000)
//   --out DIR            also write one sample label.pdf / label.png (and label.zpl) into DIR
//                        (and manifest.pdf with --manifest)
//   --customs PRODUCTS   also render `count / 5` A4 customs documents (label + CN23 + 2 invoice
//                        copies) with PRODUCTS goods lines each
//   --manifest PARCELS   also render end-of-day manifest PDFs of PARCELS parcels each (ten in a
//                        row) and print the milliseconds per manifest
import Foundation
import Labels

let arguments = Array(CommandLine.arguments.dropFirst())
var count = 1000
var outputFolder: String?
var customsProducts: Int?
var manifestParcels: Int?
var index = 0
while index < arguments.count {
    if arguments[index] == "--out", index + 1 < arguments.count {
        outputFolder = arguments[index + 1]
        index += 2
    } else if arguments[index] == "--customs", index + 1 < arguments.count, let products = Int(arguments[index + 1]),
        products >= 0
    {
        customsProducts = products
        index += 2
    } else if arguments[index] == "--manifest", index + 1 < arguments.count, let parcels = Int(arguments[index + 1]),
        parcels >= 0
    {
        manifestParcels = parcels
        index += 2
    } else if let number = Int(arguments[index]), number > 0 {
        count = number
        index += 1
    } else {
        FileHandle.standardError.write(
            Data("usage: label-benchmark [count] [--out DIR] [--customs PRODUCTS] [--manifest PARCELS]\n".utf8))
        exit(64)
    }
}

/// The n-th label of the run: an ordinary domestic parcel with a fresh tracking code.
func content(_ number: Int) -> LabelContent {
    let serial = String(100_000_000 + number).suffix(8)
    let tracking = "3SSNK\(serial)"
    return LabelContent(
        carrierName: "Snelkoerier", serviceName: "Pakket Standaard", serviceCode: "STD",
        sender: .init(
            name: "Webwinkel De Vries B.V.", street: "Industrieweg 12", zipcode: "3542 AD", city: "Utrecht",
            countryCode: "NL"),
        recipient: .init(
            name: "Jan Jansen", contactName: "Familie Jansen", street: "Kerkstraat \(number % 200 + 1)",
            street2: "2e verdieping", zipcode: "1012 AB", city: "Amsterdam", countryCode: "NL"),
        trackingCode: tracking, trackingURL: "https://track.snelkoerier.nl/t/\(tracking)", weightGrams: 2350,
        shippingDate: "2026-11-25", preferredDeliveryDate: "2026-11-27", insuredValue: "EUR 199.99",
        reference: "ORDER-\(10_000 + number)", instructions: "Bij de buren afgeven", routingCode: "AMS-07",
        language: .dutch)
}

/// The same label to Athens: recipient name, contact, street, city and region in Greek, which
/// the thermal printer's font cannot print (each becomes a graphic field in ZPL).
func greekContent(_ number: Int) -> LabelContent {
    var label = content(number)
    label.recipient = .init(
        name: "Γεώργιος Παπαδόπουλος", contactName: "Μαρία Νικολάου", street: "Οδός Ερμού \(number % 200 + 1)",
        zipcode: "105 63", city: "Αθήνα", region: "Αττική", countryCode: "GR")
    return label
}

/// Customs documents with `products` lines of goods.
func customs(products: Int) -> CustomsContent {
    CustomsContent(
        items: (0..<products).map { line in
            .init(
                description: "Wollen sjaal, model \(line + 1), 100% merinowol", quantity: 1 + line % 3,
                unitWeightGrams: 150 + line, unitValue: 19.95 + Double(line), hsCode: "611710", originCountry: "NL")
        }, invoiceNumber: "INV-ORDER-10001", invoiceDate: "2026-11-25", senderTaxID: "NL123456789B01",
        declarationCopies: 1, invoiceCopies: 2)
}

/// An end-of-day manifest of `parcels` parcels, every tenth a return.
func manifest(parcels: Int) -> ManifestContent {
    ManifestContent(
        carrierName: "Snelkoerier", accountName: "Webwinkel De Vries", accountUsername: "devries",
        senderAddress: content(0).sender, date: "2026-11-25",
        rows: (0..<parcels).map { index in
            let number = index + 1
            let label = content(number)
            return .init(
                trackingCode: label.trackingCode, serviceName: label.serviceName, zipcode: label.recipient.zipcode,
                city: label.recipient.city, countryCode: label.recipient.countryCode,
                weightGrams: 250 + number * 37 % 9_000, isReturn: number % 10 == 0)
        })
}

/// Peak resident memory of this process in kB (VmHWM), or nil where /proc is unavailable.
func peakResidentKilobytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
    return nil
}

/// CPU time this thread has used, in seconds. Labels per CPU-second is the "one core" rate
/// even when other processes share the machine; wall-clock time is printed beside it.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// A measurement: wall-clock and CPU seconds of `body`.
func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let wallStart = ContinuousClock.now
    let cpuStart = threadCPUSeconds()
    try body()
    let elapsed = ContinuousClock.now - wallStart
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (wall, threadCPUSeconds() - cpuStart)
}

let pdfRenderer = PDFLabelRenderer()
let zplRenderer = ZPLLabelRenderer(resolution: .dpi203)

do {
    // Warm-up: fontconfig and Pango load their caches on the first label.
    _ = try pdfRenderer.render(content(0))

    var pdfBytes = 0
    let pdfTime = try measure {
        for number in 1...count {
            pdfBytes += try pdfRenderer.render(content(number)).count
        }
    }

    var zplBytes = 0
    let zplTime = try measure {
        for number in 1...count {
            zplBytes += try zplRenderer.render(content(number)).utf8.count
        }
    }

    var greekBytes = 0
    let greekTime = try measure {
        for number in 1...count {
            greekBytes += try zplRenderer.render(greekContent(number)).utf8.count
        }
    }

    if let outputFolder {
        let folder = URL(fileURLWithPath: outputFolder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(try pdfRenderer.render(content(1))).write(to: folder.appendingPathComponent("label.pdf"))
        try Data(try pdfRenderer.renderPNG(content(1))).write(to: folder.appendingPathComponent("label.png"))
        try Data(try zplRenderer.render(content(1)).utf8).write(to: folder.appendingPathComponent("label.zpl"))
        try Data(try zplRenderer.render(greekContent(1)).utf8).write(
            to: folder.appendingPathComponent("label-greek.zpl"))
    }

    func rate(_ time: (wall: Double, cpu: Double)) -> String {
        String(
            format: "%.0f labels/s per core (%.2f ms CPU/label); wall clock %.0f labels/s",
            Double(count) / time.cpu, time.cpu * 1000 / Double(count), Double(count) / time.wall)
    }
    print("labels:          \(count), one thread")
    print("PDF:             \(rate(pdfTime)); mean size \(pdfBytes / count) bytes")
    print("ZPL:             \(rate(zplTime)); mean size \(zplBytes / count) bytes")
    print("ZPL, Greek:      \(rate(greekTime)); mean size \(greekBytes / count) bytes")
    print("PDF + ZPL:       \(rate((pdfTime.wall + zplTime.wall, pdfTime.cpu + zplTime.cpu)))")
    if let customsProducts {
        let documents = max(1, count / 5)
        let renderer = CustomsDocumentRenderer()
        var label = content(1)
        label.recipient = .init(
            name: "Anna Müller", street: "Rue du Rhône 12", zipcode: "1204", city: "Genève", countryCode: "CH")
        let goods = customs(products: customsProducts)
        _ = try renderer.render(label: label, customs: goods)
        var bytes = 0
        let time = try measure {
            for _ in 0..<documents { bytes += try renderer.render(label: label, customs: goods).count }
        }
        print(
            String(
                format:
                    "customs A4:      %d documents with %d products: %.1f ms CPU per document (wall %.1f ms); mean size %d bytes",
                documents, customsProducts, time.cpu * 1000 / Double(documents), time.wall * 1000 / Double(documents),
                bytes / documents))
    }
    if let manifestParcels {
        let renderer = ManifestRenderer()
        let content = manifest(parcels: manifestParcels)
        let sample = try renderer.render(content)
        let runs = 10
        let time = try measure {
            for _ in 0..<runs { _ = try renderer.render(content) }
        }
        print(
            String(
                format: "manifest PDF:    %d parcels: %.1f ms CPU per manifest (wall %.1f ms); size %d bytes",
                manifestParcels, time.cpu * 1000 / Double(runs), time.wall * 1000 / Double(runs), sample.count))
        if let outputFolder {
            try Data(sample).write(to: URL(fileURLWithPath: outputFolder).appendingPathComponent("manifest.pdf"))
        }
    }
    print("peak memory:     \(peakResidentKilobytes().map { "\($0 / 1024) MiB (VmHWM)" } ?? "unknown")")
} catch {
    FileHandle.standardError.write(Data("label-benchmark: \(error)\n".utf8))
    exit(1)
}
