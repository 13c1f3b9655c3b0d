import Foundation
import Testing

/// Reads a PDF back with the real tools and parses what they say.
public struct PDFInspection {
    /// Where the PDF is.
    public let path: String

    /// Inspects the PDF at `path`.
    public init(path: String) {
        self.path = path
    }

    /// A word found by `pdftotext -bbox`, in points from the top-left corner of the page.
    public struct Word: Equatable {
        public var text: String
        public var xMin: Double
        public var yMin: Double
        public var xMax: Double
        public var yMax: Double

        /// A word at the given box.
        public init(text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double) {
            self.text = text
            self.xMin = xMin
            self.yMin = yMin
            self.xMax = xMax
            self.yMax = yMax
        }
    }

    /// `pdfinfo` fields (`Pages`, `Page size`, `Creator`, …).
    public func info() throws -> [String: String] {
        let output = try ExternalTools.runChecked("pdfinfo", [path])
        var fields: [String: String] = [:]
        for line in output.stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// Page size in points from `pdfinfo` ("297.638 x 419.528 pts").
    public func pageSize() throws -> (width: Double, height: Double) {
        let size = try #require(try info()["Page size"], "pdfinfo printed no page size")
        let numbers = size.split(separator: " ").compactMap { Double($0) }
        try #require(numbers.count >= 2, "unreadable page size '\(size)'")
        return (numbers[0], numbers[1])
    }

    /// The rows of `pdffonts` after its two header lines: (name, embedded).
    public func fonts() throws -> [(name: String, embedded: Bool)] {
        let output = try ExternalTools.runChecked("pdffonts", [path])
        return output.stdout.split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            // name type [encoding…] emb sub uni object ID: "emb" is the 5th column from the end.
            let embedded = columns.count >= 5 && columns[columns.count - 5] == "yes"
            return (columns.first ?? "", embedded)
        }
    }

    /// The text of the PDF (`pdftotext`), NFC-normalised, whitespace collapsed to single spaces.
    public func text() throws -> String {
        let output = try ExternalTools.runChecked("pdftotext", ["-enc", "UTF-8", path, "-"])
        return Self.normalise(output.stdout)
    }

    /// Every word with its box (`pdftotext -bbox`).
    public func words() throws -> [Word] {
        let output = try ExternalTools.runChecked("pdftotext", ["-bbox", "-enc", "UTF-8", path, "-"])
        var words: [Word] = []
        for line in output.stdout.split(separator: "\n") where line.contains("<word ") {
            func attribute(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                let rest = line[range.upperBound...]
                return Double(rest.prefix { $0 != "\"" })
            }
            guard let xMin = attribute("xMin"), let yMin = attribute("yMin"), let xMax = attribute("xMax"),
                let yMax = attribute("yMax"), let open = line.firstIndex(of: ">"),
                let close = line.range(of: "</word>")
            else { continue }
            // pdftotext -bbox writes XHTML: the five predefined entities are escaped.
            let text = String(line[line.index(after: open)..<close.lowerBound])
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            words.append(Word(text: text, xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax))
        }
        return words
    }

    /// `qpdf --check` output; records an issue when it reports errors or warnings.
    @discardableResult
    public func qpdfCheck() throws -> String {
        let output = try ExternalTools.runChecked("qpdf", ["--check", path])
        return output.stdout
    }

    /// Rasterises page `page` like a 203-dpi thermal printer (`pdftoppm -r 203 -mono`) and
    /// returns what `zbarimg` decodes, as (symbology, data) pairs.
    public func decodeSymbols(page: Int = 1, dpi: Int = 203, in folder: TemporaryFolder) throws -> [(
        type: String, data: String
    )] {
        let prefix = folder.path("raster-\(page)-\(UUID().uuidString)")
        try ExternalTools.runChecked(
            "pdftoppm",
            ["-r", "\(dpi)", "-mono", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", path, prefix])
        return try Self.decodeImage(prefix + ".png")
    }

    /// What `zbarimg` decodes in an image file.
    public static func decodeImage(_ imagePath: String) throws -> [(type: String, data: String)] {
        let output = try ExternalTools.run("zbarimg", ["--quiet", imagePath])
        #expect(output.status == 0, "zbarimg found no symbol in \(imagePath) (exit \(output.status))")
        var symbols: [(type: String, data: String)] = []
        for line in output.stdout.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            symbols.append((String(parts[0]), String(parts[1])))
        }
        return symbols
    }

    /// NFC, whitespace collapsed.
    public static func normalise(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension PDFInspection.Word {
    /// Whether the word lies inside the rectangle (points), allowing `slack` points.
    public func isInside(x: Double, y: Double, width: Double, height: Double, slack: Double = 0.5) -> Bool {
        xMin >= x - slack && yMin >= y - slack && xMax <= x + width + slack && yMax <= y + height + slack
    }
}
