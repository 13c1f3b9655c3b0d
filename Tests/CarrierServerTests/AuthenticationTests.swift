import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// HTTP Basic authentication as Picqer sends it.
@Suite struct AuthenticationTests {
    @Test func theAuthenticationMatrix() async throws {
        let carrier = try TestCarrier()
        let cases: [(String, HTTPFields, HTTPResponse.Status)] = [
            ("no credentials", [:], .unauthorized),
            ("wrong password", TestCarrier.basic("shop-a", "wrong"), .unauthorized),
            ("unknown user", TestCarrier.basic("nobody", TestCarrier.shopAPassword), .unauthorized),
            ("empty username with API key", TestCarrier.basic("", TestCarrier.shopAAPIKey), .ok),
            ("empty username with wrong key", TestCarrier.basic("", "not-the-key"), .unauthorized),
            (
                "API key as password of the username", TestCarrier.basic("shop-a", TestCarrier.shopAAPIKey),
                .unauthorized
            ),
            ("not Basic", [.authorization: "Bearer abc"], .unauthorized),
            ("garbage", [.authorization: "Basic !!!"], .unauthorized),
            ("right password", TestCarrier.shopA, .ok),
            ("right password again (cached)", TestCarrier.shopA, .ok),
            ("other account", TestCarrier.shopB, .ok),
        ]
        try await carrier.withServer { client in
            for (name, headers, expected) in cases {
                try await client.execute(uri: "/picqer-integration/config-options", method: .get, headers: headers) {
                    response in
                    #expect(response.status == expected, "\(name)")
                    if expected == .unauthorized {
                        #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Basic realm=") == true, "\(name)")
                        let answer = try PicqerAnswer(response.body)
                        #expect(answer.version == "1.0")
                        #expect(answer.error_messages?.isEmpty == false, "\(name)")
                    }
                }
            }
        }
    }

    @Test func shipmentsNeedCredentialsToo() async throws {
        let carrier = try TestCarrier()
        try await carrier.withServer { client in
            try await client.execute(
                uri: "/picqer-integration/shipments", method: .post, headers: [.contentType: "application/json"],
                body: try TestCarrier.fixture("nl-domestic.json")
            ) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }
}
