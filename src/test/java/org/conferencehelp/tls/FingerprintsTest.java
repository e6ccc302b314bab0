package org.conferencehelp.tls;

import java.security.cert.CertificateEncodingException;
import java.util.List;
import java.util.stream.Stream;
import org.conferencehelp.tls.FixtureCertificate.Agreement;
import org.conferencehelp.tls.FixtureCertificate.Openssl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fingerprints agree, character for character, with what openssl printed for every fixture certificate. */
class FingerprintsTest {

    private static final List<Agreement<Fingerprints>> FINGERPRINTS = List.of(
            new Agreement<>("SHA-1 is what openssl prints", Openssl::sha1, Fingerprints::sha1),
            new Agreement<>("SHA-256 is what openssl prints", Openssl::sha256, Fingerprints::sha256),
            new Agreement<>("public key SHA-256 in hex is the digest of the SubjectPublicKeyInfo",
                    Openssl::spkiSha256Hex, Fingerprints::publicKeySha256Hex),
            new Agreement<>("public key SHA-256 in Base64 is the same digest in Base64",
                    Openssl::spkiSha256Base64, Fingerprints::publicKeySha256Base64));

    static Stream<Arguments> everyFingerprintOfEveryFixture() {
        return FixtureCertificate.eachWithEveryFixture(FINGERPRINTS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFingerprintOfEveryFixture")
    void isWhatOpensslPrinted(Agreement<Fingerprints> fingerprint, FixtureCertificate fixture)
            throws CertificateEncodingException {
        fingerprint.assertHolds(fixture, Fingerprints.of(fixture.certificate()));
    }
}
