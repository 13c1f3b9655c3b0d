import Foundation
import Testing

/// Runs the command-line verifiers (poppler-utils, qpdf, zbar-tools) that read our PDFs back.
///
/// A missing tool fails the test with the package to install; tests never skip silently.
public enum ExternalTools {
    /// What a tool printed and how it exited.
    public struct Output {
        /// Exit status.
        public var status: Int32
        /// Standard output as UTF-8.
        public var stdout: String
        /// Standard error as UTF-8.
        public var stderr: String
    }

    /// A verifier is not installed.
    public struct MissingTool: Error, CustomStringConvertible {
        /// The executable that was looked for.
        public var tool: String
        /// Debian package providing it.
        public var package: String

        public var description: String {
            "required verifier '\(tool)' is not installed (apt-get install \(package)); see .ci/run"
        }
    }

    private static let packages = [
        "pdfinfo": "poppler-utils", "pdffonts": "poppler-utils", "pdftotext": "poppler-utils",
        "pdftoppm": "poppler-utils", "pdfimages": "poppler-utils", "qpdf": "qpdf", "zbarimg": "zbar-tools",
        "tesseract": "tesseract-ocr", "schemathesis": "schemathesis (PyPI)", "chromium": "chromium",
    ]

    /// The absolute path of `tool` on `PATH` (plus the usual system folders).
    public static func path(of tool: String) throws -> String {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = searchPath.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"]
        for folder in folders {
            let candidate = folder + "/" + tool
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw MissingTool(tool: tool, package: packages[tool] ?? tool)
    }

    /// Runs `tool` with `arguments` (in `directory` when given) and waits for it; output goes
    /// through temporary files so that a chatty tool can never block on a full pipe.
    public static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> Output {
        let executable = try path(of: tool)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown) }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        if let directory { process.currentDirectoryURL = directory }
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs `tool` on a thread of its own and suspends until it ends, so that a long-running
    /// verifier (schemathesis) never holds one of the few cooperative threads other tests need.
    public static func runDetached(_ tool: String, _ arguments: [String], in directory: URL? = nil) async throws
        -> Output
    {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try run(tool, arguments, in: directory) })
            }
        }
    }

    /// Runs `tool` and records a test issue (with its stderr) when it exits non-zero.
    @discardableResult
    public static func runChecked(
        _ tool: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Output {
        let output = try run(tool, arguments)
        #expect(
            output.status == 0, "\(tool) \(arguments.joined(separator: " ")) exited \(output.status): \(output.stderr)",
            sourceLocation: sourceLocation)
        return output
    }
}

/// A fresh temporary folder for one test's files, removed when the value goes away.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    /// Creates the folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` in the folder and returns the file's path.
    public func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// The path of `name` in the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
