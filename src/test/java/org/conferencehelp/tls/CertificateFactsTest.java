package org.conferencehelp.tls;

import static org.conferencehelp.tls.FixtureCertificate.CN_ONLY;
import static org.conferencehelp.tls.FixtureCertificate.CONFERENCE_EC;
import static org.conferencehelp.tls.FixtureCertificate.EXAMPLE_ORG_RSA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What {@link CertificateFacts#of} reads from a certificate agrees with what openssl printed about it. */
class CertificateFactsTest {

    static final List<String> CERTIFICATES = FixtureCertificate.ALL;

    /** openssl's names for the key algorithms, and the ones the page shows. */
    private static final Map<String, String> KEY_TYPES = Map.of("rsaEncryption", "RSA", "id-ecPublicKey", "EC");

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void subjectIsTheRfc2253NameOpensslPrints(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().subject(), fixture.facts(IdentityStoreKind.CLIENT).subject());
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void issuerIsTheRfc2253NameOpensslPrints(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().issuer(), fixture.facts(IdentityStoreKind.CLIENT).issuer());
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void validityPeriodIsTheOneOpensslPrints(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);
        CertificateFacts facts = fixture.facts(IdentityStoreKind.CLIENT);

        assertEquals(List.of(fixture.openssl().notBefore(), fixture.openssl().notAfter()),
                List.of(facts.notBefore(), facts.notAfter()));
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void keyTypeAndSizeAreTheOnesOpensslPrints(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);
        CertificateFacts facts = fixture.facts(IdentityStoreKind.CLIENT);

        assertEquals(KEY_TYPES.get(fixture.openssl().keyAlgorithm()) + " " + fixture.openssl().keyBits(),
                facts.keyType() + " " + facts.keySize());
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void isSelfSignedExactlyWhenOpensslVerifiesItAgainstItself(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().verifiesAgainstItself(), fixture.facts(IdentityStoreKind.CLIENT).selfSigned());
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void namesAreTheDnsSubjectAlternativeNamesOpensslPrints(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals(fixture.openssl().dnsNames(), fixture.facts(IdentityStoreKind.CLIENT).names());
    }

    @Test
    void certificateIssuedByACertificateAuthorityIsNotSelfSigned() {
        assertFalse(FixtureCertificate.load(CONFERENCE_EC).facts(IdentityStoreKind.CLIENT).selfSigned());
    }

    @Test
    void certificateNamedLikeItsIssuerButSignedByAnotherKeyIsNotSelfSigned() {
        CertificateFacts twin = FixtureCertificate.load(FixtureCertificate.ISSUER_TWIN).facts(IdentityStoreKind.CLIENT);

        assertEquals(List.of(twin.issuer(), false), List.of(twin.subject(), twin.selfSigned()));
    }

    @Test
    void selfSignedCertificateIsSelfSigned() {
        assertTrue(FixtureCertificate.load(EXAMPLE_ORG_RSA).facts(IdentityStoreKind.CLIENT).selfSigned());
    }

    @Test
    void wildcardSubjectAlternativeNameIsKeptAsAPattern() {
        assertEquals(List.of("example.org", "*.example.org"),
                FixtureCertificate.load(EXAMPLE_ORG_RSA).facts(IdentityStoreKind.CLIENT).names());
    }

    @Test
    void commonNameWithoutSubjectAlternativeNameVouchesForNoName() {
        CertificateFacts facts = FixtureCertificate.load(CN_ONLY).facts(IdentityStoreKind.CLIENT);

        assertEquals(List.of(), facts.names());
        assertFalse(facts.covers("example.org"), "the CN is example.org, but only SANs count (RFC 6125)");
    }

    @Test
    void remembersWhichStoreItWasReadFrom() {
        assertEquals(Set.of(IdentityStoreKind.SERVER),
                FixtureCertificate.load(EXAMPLE_ORG_RSA).facts(IdentityStoreKind.SERVER).stores());
    }
}
