package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.cert.CertificateEncodingException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Fingerprints agree, character for character, with what openssl printed for every fixture certificate. */
class FingerprintsTest {

    static final List<String> CERTIFICATES = FixtureCertificate.ALL;

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void sha1IsWhatOpensslPrints(String name) throws CertificateEncodingException {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().sha1(), Fingerprints.of(fixture.certificate()).sha1());
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void sha256IsWhatOpensslPrints(String name) throws CertificateEncodingException {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().sha256(), Fingerprints.of(fixture.certificate()).sha256());
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void publicKeySha256HexIsTheDigestOfTheSubjectPublicKeyInfo(String name) throws CertificateEncodingException {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().spkiSha256Hex(), Fingerprints.of(fixture.certificate()).publicKeySha256Hex());
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void publicKeySha256Base64IsTheSameDigestInBase64(String name) throws CertificateEncodingException {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().spkiSha256Base64(),
                Fingerprints.of(fixture.certificate()).publicKeySha256Base64());
    }
}
