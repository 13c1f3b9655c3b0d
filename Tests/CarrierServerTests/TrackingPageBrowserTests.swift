import Foundation
import HummingbirdTesting
import LabelVerification
import Testing

/// The tracking page in a real browser (Debian's `chromium`, headless, no JavaScript needed): the DOM it
/// builds holds the timeline in order, and it paints the page on a phone (360×800) and a desktop (1280×800).
/// Set `TRACKING_SCREENSHOTS=folder` to keep the screenshots (the README's comes from here).
@Suite struct TrackingPageBrowserTests {
    /// Runs chromium headless on `url` with `arguments`, a profile of its own, at most 90 seconds.
    static func chromium(_ arguments: [String], url: String, folder: URL) async throws
        -> ExternalTools.Output
    {
        _ = try ExternalTools.path(of: "chromium")
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)").path
        return try await ExternalTools.runDetached(
            "timeout",
            [
                "90", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--ignore-certificate-errors",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=\(profile)",
            ] + arguments + [url])
    }

    /// Width and height from a PNG file's IHDR chunk, or `nil` when the bytes are not a PNG.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            bytes[12..<16].elementsEqual("IHDR".utf8)
        else { return nil }
        let number = { (offset: Int) in bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test func chromiumShowsTheTimelineOnAPhoneAndADesktop() async throws {
        let carrier = try TestCarrier()
        let temporary = try TemporaryFolder()
        let folder = temporary.url
        try await carrier.withServer { client in
            let code = try await TrackingPageTests.pickupShipmentWithFiveEvents(client)
            let port = try #require(client.port)
            let url = "https://localhost:\(port)/track/\(code)"

            let dom = try await Self.chromium(["--dump-dom"], url: url, folder: folder)
            #expect(dom.status == 0, "\(dom.stderr)")
            let html = dom.stdout
            #expect(html.contains("<html lang=\"nl\">"))
            let timeline = try #require(
                html.firstMatch(of: /<ol class="timeline">(.*?)<\/ol>/.dotMatchesNewlines()), "\(html.prefix(2000))"
            ).1
            let times = timeline.matches(of: /<li class="event"><time datetime="([^"]+)">/).map { String($0.1) }
            #expect(times == TrackingPageTests.expectedTimes)
            #expect(timeline.matches(of: /<li\b/).count == 5)
            #expect(html.contains("Primera Utrecht Centrum"))
            for text in TrackingPageTests.personalData { #expect(!html.contains(text), "\(text)") }

            for (name, width) in [("phone", 360), ("desktop", 1280)] {
                let file = folder.appendingPathComponent("tracking-page-\(name).png")
                let shot = try await Self.chromium(
                    ["--window-size=\(width),800", "--screenshot=\(file.path)"], url: url, folder: folder)
                #expect(shot.status == 0, "\(shot.stderr)")
                let png = try Data(contentsOf: file)
                let size = try #require(Self.pngSize(png), "\(name) screenshot is not a PNG")
                #expect(size.width == width && size.height == 800, "\(size)")
                // A blank 360×800 page compresses to about 3 KB; text, stages and timeline make far more.
                #expect(png.count > 12_000, "\(name): \(png.count) bytes")
                if let keep = ProcessInfo.processInfo.environment["TRACKING_SCREENSHOTS"] {
                    let target = URL(fileURLWithPath: keep).appendingPathComponent(file.lastPathComponent)
                    try? FileManager.default.removeItem(at: target)
                    try FileManager.default.copyItem(at: file, to: target)
                }
            }
        }
        withExtendedLifetime(temporary) {}
    }
}
