import Foundation
import LabelVerification
import Testing

@testable import Labels

/// The external verifiers of the thermal label tests: zplkit (through the Python helpers in
/// `Tools/`) and zbarimg, run with ``ExternalTools``. A missing tool (or a missing zplkit
/// module, exit status 3 of the helpers) makes the test fail with a message saying what to
/// install; it never skips.
enum ZPLTestTools {
    /// What `Tools/zpl_render.py` reports about a rendered label.
    struct Rendering: Decodable {
        var labels: Int
        var warnings: [String]
        var width: Int
        var height: Int
        /// Left, top, right, bottom of all black dots.
        var ink: [Int]?
        var row: String?
    }

    /// One element of zplkit's parse of a ZPL stream.
    struct Token: Decodable {
        var kind: String
        var offset: Int
        var data: String

        /// The command without trailing line breaks.
        var text: String { data.trimmingCharacters(in: .newlines) }
    }

    /// zplkit's warning that scaled resident-font sizes are approximations of the printer's
    /// own rasterisation; it concerns the preview only.
    static let benignWarningPrefix = "Resident fonts use captured bitmap strikes"

    static let toolsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Tools")

    /// A fresh scratch directory for one test.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zpl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct ToolFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Renders `zpl` with zplkit to `png` at `dpi` on a `width` × `height` dot label.
    static func render(
        _ zpl: String, to png: URL, dpi: Int, width: Int, height: Int, row: Int? = nil
    ) throws -> Rendering {
        let input = png.deletingPathExtension().appendingPathExtension("zpl")
        try Data(zpl.utf8).write(to: input)
        var arguments = [
            toolsDirectory.appendingPathComponent("zpl_render.py").path, input.path, png.path, "--dpi", "\(dpi)",
            "--width", "\(width)", "--height", "\(height)",
        ]
        if let row { arguments += ["--row", "\(row)"] }
        let output = try ExternalTools.run("python3", arguments)
        guard output.status == 0 else {
            throw ToolFailed(message: "zpl_render.py exited \(output.status): \(output.stderr)")
        }
        return try JSONDecoder().decode(Rendering.self, from: Data(output.stdout.utf8))
    }

    /// zplkit's tokens of `zpl`.
    static func tokens(of zpl: String) throws -> [Token] {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("label.zpl")
        try Data(zpl.utf8).write(to: input)
        let output = try ExternalTools.run(
            "python3", [toolsDirectory.appendingPathComponent("zpl_tokens.py").path, input.path])
        guard output.status == 0 else {
            throw ToolFailed(message: "zpl_tokens.py exited \(output.status): \(output.stderr)")
        }
        return try JSONDecoder().decode([Token].self, from: Data(output.stdout.utf8))
    }

    /// The symbols zbarimg finds in `image`, as (type, data) pairs such as ("CODE-128", "RR…").
    static func decode(_ image: URL) throws -> [(type: String, data: String)] {
        let output = try ExternalTools.run("zbarimg", ["-q", image.path])
        // 0: symbols found, 4: none found; anything else is an error.
        guard output.status == 0 || output.status == 4 else {
            throw ToolFailed(message: "zbarimg exited \(output.status): \(output.stderr)")
        }
        return output.stdout.split(separator: "\n").compactMap { line -> (type: String, data: String)? in
            let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), String(parts[1]))
        }
    }

    /// The text of a `^FH` field's data with its `_XX` escapes decoded as UTF-8 bytes, or
    /// `nil` when an escape is malformed.
    static func decodeHexField(_ data: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(data.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "_") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

@Suite("ZPL test tools")
struct ZPLToolTests {
    @Test func hexFieldDecoderRejectsMalformedEscapes() {
        #expect(ZPLTestTools.decodeHexField("a_5Eb_C3_AB") == "a^bë")
        #expect(ZPLTestTools.decodeHexField("a_5") == nil)
        #expect(ZPLTestTools.decodeHexField("a_ZZ") == nil)
    }

    @Test func zplkitAndZbarAreInstalled() throws {
        let directory = try ZPLTestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = directory.appendingPathComponent("probe.png")
        let zpl = "^XA^FO40,40^BY3^BCN,120,N,N,N,A^FDABC123^FS^XZ"
        let rendering = try ZPLTestTools.render(zpl, to: png, dpi: 203, width: 600, height: 220)
        #expect(rendering.labels == 1)
        let symbols = try ZPLTestTools.decode(png)
        #expect(symbols.map(\.data) == ["ABC123"])
    }
}
