import Crypto
import Foundation
import SwiftASN1
import X509

/// A self-signed certificate for `localhost`, made for the demo and for local trials.
///
/// Never for production: Picqer only talks to servers with a certificate from a public CA.
public enum DevelopmentCertificate {
    /// Makes `certificate.pem` and `private-key.pem` in `directory` unless both exist and the
    /// certificate is still valid for a week. Returns their paths.
    @discardableResult
    public static func ensure(in directory: String) throws -> (certificate: String, privateKey: String) {
        let certificatePath = directory + "/certificate.pem"
        let keyPath = directory + "/private-key.pem"
        let files = FileManager.default
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if files.fileExists(atPath: certificatePath), files.fileExists(atPath: keyPath),
            let pem = try? String(contentsOfFile: certificatePath, encoding: .utf8),
            let existing = try? Certificate(pemEncoded: pem),
            existing.notValidAfter > Date().addingTimeInterval(7 * 86_400)
        {
            return (certificatePath, keyPath)
        }
        let (certificatePEM, keyPEM) = try make(commonName: "localhost", validDays: 365)
        try keyPEM.write(toFile: keyPath, atomically: true, encoding: .utf8)
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyPath)
        try certificatePEM.write(toFile: certificatePath, atomically: true, encoding: .utf8)
        return (certificatePath, keyPath)
    }

    /// A new P-256 key and a certificate for `commonName` signed with it, both as PEM text.
    public static func make(commonName: String, validDays: Int) throws -> (certificate: String, privateKey: String) {
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName {
            CommonName(commonName)
            OrganizationName("picqer-carrier development certificate")
        }
        let now = Date()
        let extensions = try Certificate.Extensions {
            // Its own trust anchor (as `openssl req -x509` makes them), so clients can trust it
            // with `curl --cacert certificate.pem` instead of switching verification off.
            Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
            Critical(KeyUsage(digitalSignature: true, keyCertSign: true))
            try ExtendedKeyUsage([.serverAuth])
            SubjectAlternativeNames([.dnsName(commonName)])
        }
        let certificate = try Certificate(
            version: .v3, serialNumber: .init(), publicKey: .init(key.publicKey),
            notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(Double(validDays) * 86_400),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions,
            issuerPrivateKey: .init(key))
        return (try certificate.serializeAsPEM().pemString, key.pemRepresentation)
    }
}
