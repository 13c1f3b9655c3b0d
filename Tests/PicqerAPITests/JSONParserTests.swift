import Foundation
import Testing

@testable import PicqerAPI

@Suite("JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) -> JSONValue? {
        try? JSONParser.parse(Array(text.utf8))
    }

    @Test("Every kind of value")
    func values() {
        #expect(
            parse(#" {"a": [1, -2.5, 3e2, 0, true, false, null, "x"], "b": {}, "c": []} "#)
                == .object([
                    "a": .array([
                        .number(1), .number(-2.5), .number(300), .number(0), .bool(true), .bool(false), .null,
                        .string("x"),
                    ]),
                    "b": .object([:]), "c": .array([]),
                ]))
    }

    @Test("A key given twice keeps its last value; objects of many members")
    func repeatedKeys() {
        #expect(
            parse(#"{"a": 1, "b": 2, "a": {"c": 3}}"#) == .object(["a": .object(["c": .number(3)]), "b": .number(2)]))
        let many = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        #expect(
            parse("{\(many)}")
                == .object(Dictionary(uniqueKeysWithValues: (0..<100).map { ("k\($0)", .number(Double($0))) })))
    }

    @Test("String escapes, including surrogate pairs")
    func escapes() {
        #expect(parse(#""a\"b\\c\/d\n\t\u00e9\u20AC\ud83d\udce6""#) == .string("a\"b\\c/d\n\té€📦"))
        #expect(parse(#""Müller ^FD~""#) == .string("Müller ^FD~"))
        #expect(parse(#""\ud83d x""#) == .string("\u{FFFD} x"))
    }

    @Test("Agrees with JSONDecoder on the fixtures")
    func agreesWithFoundation() throws {
        for name in ["picqer-example-nl.json", "picqer-example-ch.json", "pickup-point.json", "lenient-types.json"] {
            let bytes = try fixture(name)
            #expect(
                try JSONParser.parse(bytes) == (try JSONDecoder().decode(JSONValue.self, from: Data(bytes))), "\(name)")
        }
    }

    @Test(
        "Not JSON",
        arguments: [
            "", " ", "{", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, "01", "1.", ".5", "-", "1e", "+1", "tru", "nul", #""abc"#,
            #""\x""#, #""\u12G4""#, "{} {}", "NaN", "Infinity", "1e999", "[1 2]", #"{1: 2}"#,
        ])
    func notJSON(text: String) {
        #expect(parse(text) == nil)
    }

    @Test("A byte order mark is skipped; nesting is limited")
    func bomAndDepth() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([:]))
        let deep = JSONParser.maximumDepth
        #expect(parse(String(repeating: "[", count: deep) + String(repeating: "]", count: deep)) != nil)
        #expect(parse(String(repeating: "[", count: deep + 1) + String(repeating: "]", count: deep + 1)) == nil)
    }
}
