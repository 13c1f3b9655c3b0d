import Foundation
import Labels
import Shipping
import Testing

/// The CSV manifest, parsed back with an RFC 4180 reader written here.
@Suite("Manifest CSV")
struct ManifestCSVTests {
    /// A parcel to `name` with the given address parts.
    static func row(
        _ number: Int, name: String, contact: String? = nil, street: String = "Kerkstraat 1", street2: String? = nil,
        city: String = "Amsterdam", region: String? = nil, country: String = "NL", isReturn: Bool = false
    ) -> ManifestCSV.Row {
        ManifestCSV.Row(
            trackingCode: "3SSNK" + String(String(100_000_000 + number).suffix(8)), serviceName: "Pakket Standaard",
            recipient: .init(
                name: name, contactName: contact, street: street, street2: street2, zipcode: "1012 AB", city: city,
                region: region, countryCode: country),
            weightGrams: 1000 + number, isReturn: isReturn)
    }

    @Test func headerRowThenOneRecordPerParcelWithCRLF() throws {
        let rows = [
            Self.row(1, name: "Jan Jansen", contact: "Familie Jansen"), Self.row(2, name: "Piet", isReturn: true),
        ]
        let bytes = ManifestCSV().render(rows)
        let text = try #require(String(validating: bytes, as: UTF8.self))
        // Every line ends in CRLF, and there is no bare LF.
        #expect(text.hasSuffix("\r\n"))
        #expect(text.components(separatedBy: "\r\n").count - 1 == 3)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(bytes.prefix(3) != [0xEF, 0xBB, 0xBF], "no byte-order mark")

        let records = try RFC4180.parse(text)
        #expect(records.count == 3)
        #expect(
            records[0] == [
                "No.", "Tracking code", "Service", "Postcode", "City", "Country", "Weight (kg)", "Return", "Name",
                "Contact name", "Street", "Street 2", "Region",
            ])
        #expect(
            records[1] == [
                "1", "3SSNK00000001", "Pakket Standaard", "1012 AB", "Amsterdam", "NL", "1.001", "no", "Jan Jansen",
                "Familie Jansen", "Kerkstraat 1", "", "",
            ])
        #expect(records[2][0] == "2" && records[2][6] == "1.002" && records[2][7] == "yes")
    }

    @Test func awkwardNamesRoundTrip() throws {
        let awkward: [(name: String, contact: String, street: String, street2: String, city: String, region: String)] =
            [
                (
                    "De Vries, Jansen & Zn.", "t.a.v. \"Inkoop\"", "Kerkstraat 1,\r\nachterom", "Bus 2\n3e etage",
                    "Den Haag", "Zuid-Holland"
                ),
                ("Γεώργιος Παπαδόπουλος", "Μαρία Νικολάου", "Οδός Ερμού 12", "", "Αθήνα", "Αττική"),
                ("Иван Петров", "", "улица Ленина, 5", "", "Москва", ""),
                ("山田太郎", "株式会社テスト", "東京都千代田区1-1", "", "東京", ""),
                ("محمد علي", "", "شارع الملك", "", "دبي", ""),
                ("\"\"", ",", "\"", "a\"\"b", "Zoë 👩‍👩‍👧", " spaces "),
            ]
        let rows = awkward.enumerated().map { index, value in
            Self.row(
                index + 1, name: value.name, contact: value.contact, street: value.street, street2: value.street2,
                city: value.city, region: value.region)
        }
        let records = try RFC4180.parse(try #require(String(validating: ManifestCSV().render(rows), as: UTF8.self)))
        #expect(records.count == awkward.count + 1)
        for (index, value) in awkward.enumerated() {
            let record = records[index + 1]
            #expect(record.count == 13)
            #expect(
                [record[8], record[9], record[10], record[11], record[4], record[12]]
                    == [value.name, value.contact, value.street, value.street2, value.city, value.region],
                "row \(index + 1): \(record)")
        }
    }

    @Test func fieldsThatLookLikeFormulasArePrefixed() throws {
        let rows = [
            Self.row(1, name: "=HYPERLINK(\"http://evil.example\",\"click\")", contact: "+31 20 123 4567"),
            Self.row(2, name: "-2+3", contact: "@SUM(A1)", street: "\tTabstraat 1", street2: "\rCR"),
            Self.row(3, name: "Jan = Piet", contact: "a-b", street: "Plein 1+2"),
        ]
        let records = try RFC4180.parse(try #require(String(validating: ManifestCSV().render(rows), as: UTF8.self)))
        #expect(records[1][8] == "'=HYPERLINK(\"http://evil.example\",\"click\")")
        #expect(records[1][9] == "'+31 20 123 4567")
        #expect(records[2][8] == "'-2+3")
        #expect(records[2][9] == "'@SUM(A1)")
        #expect(records[2][10] == "'\tTabstraat 1")
        #expect(records[2][11] == "'\rCR")
        // Only the first character counts.
        #expect(records[3][8] == "Jan = Piet" && records[3][9] == "a-b" && records[3][10] == "Plein 1+2")
    }

    @Test func anEmptyManifestIsTheHeaderRowAlone() throws {
        let records = try RFC4180.parse(try #require(String(validating: ManifestCSV().render([]), as: UTF8.self)))
        #expect(records == [ManifestCSV.header])
    }

    @Test func theCSVRowGivesThePDFRowWithoutPersonalData() {
        let row = Self.row(7, name: "Jan Jansen", city: "Utrecht", isReturn: true)
        #expect(
            row.manifestRow
                == ManifestContent.Row(
                    trackingCode: "3SSNK00000007", serviceName: "Pakket Standaard", zipcode: "1012 AB", city: "Utrecht",
                    countryCode: "NL", weightGrams: 1007, isReturn: true))
    }
}

/// A small RFC 4180 reader for the tests: records end in CRLF, quoted fields may hold commas,
/// CR, LF and doubled quotes. Anything else (a bare LF, a quote inside an unquoted field, text
/// after a closing quote, a missing final CRLF) is an error, so a sloppy writer fails the test.
enum RFC4180 {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var atFieldStart = true
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"" where atFieldStart:
                // Quoted field: up to the closing quote, "" is one quote.
                while true {
                    guard let next = scalars.popFirst() else { throw Malformed(description: "unterminated quote") }
                    if next == "\"" {
                        if scalars.first == "\"" {
                            scalars.removeFirst()
                            field.unicodeScalars.append("\"")
                        } else {
                            break
                        }
                    } else {
                        field.unicodeScalars.append(next)
                    }
                }
                atFieldStart = false
                guard let following = scalars.first, following == "," || following == "\r" else {
                    throw Malformed(description: "text after a closing quote")
                }
            case "\"":
                throw Malformed(description: "quote inside an unquoted field")
            case ",":
                record.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                atFieldStart = true
            case "\n":
                throw Malformed(description: "bare LF")
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        guard record.isEmpty, field.isEmpty, atFieldStart else { throw Malformed(description: "no final CRLF") }
        return records
    }
}
