import Foundation
import Labels
import PicqerAPI
import Yams

extension CarrierConfiguration {
    /// Reads, overrides from the environment and validates the YAML file at `path`.
    /// - Throws: ``ConfigurationError`` listing every problem.
    public static func load(
        path: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> CarrierConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(problems: ["\(path): cannot be read (\(error.localizedDescription))"])
        }
        let baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(yaml: text, environment: environment, baseDirectory: baseDirectory)
    }

    /// Parses and validates configuration text; relative file paths are taken from `baseDirectory`.
    public static func parse(
        yaml: String, environment: [String: String], baseDirectory: String
    ) throws(ConfigurationError) -> CarrierConfiguration {
        let file: ConfigurationFile
        do {
            file = try YAMLDecoder().decode(ConfigurationFile.self, from: yaml)
        } catch let error as DecodingError {
            throw ConfigurationError(problems: [describe(error)])
        } catch {
            throw ConfigurationError(problems: ["the file is not valid YAML: \(error)"])
        }
        return try validate(file, environment: environment, baseDirectory: baseDirectory)
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
                .joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(readableType(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(readableType(type)), found nothing"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): is required"
        case .dataCorrupted(let context):
            let location = path(context.codingPath)
            return (location.isEmpty ? "the file" : location) + ": \(context.debugDescription)"
        @unknown default:
            return "the file cannot be read: \(error)"
        }
    }

    private static func readableType(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "text"
        default: return type is any Collection.Type ? "a list" : "a section"
        }
    }

    /// Validates a decoded file with environment overrides applied.
    public static func validate(
        _ file: ConfigurationFile, environment: [String: String], baseDirectory: String
    ) throws(ConfigurationError) -> CarrierConfiguration {
        var checker = ConfigurationChecker(environment: environment, baseDirectory: baseDirectory)
        let configuration = checker.check(file)
        if let configuration, checker.problems.isEmpty { return configuration }
        throw ConfigurationError(problems: checker.problems)
    }
}
