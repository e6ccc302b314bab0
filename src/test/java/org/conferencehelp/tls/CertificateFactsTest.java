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
import java.util.stream.Stream;
import org.conferencehelp.tls.FixtureCertificate.Agreement;
import org.conferencehelp.tls.FixtureCertificate.Openssl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link CertificateFacts#of} reads from a certificate agrees with what openssl printed about it. */
class CertificateFactsTest {

    /** openssl's names for the key algorithms, and the ones the page shows. */
    private static final Map<String, String> KEY_TYPES = Map.of("rsaEncryption", "RSA", "id-ecPublicKey", "EC");

    private static final List<Agreement<CertificateFacts>> FACTS = List.of(
            new Agreement<>("subject is the RFC 2253 name openssl prints",
                    Openssl::subject, CertificateFacts::subject),
            new Agreement<>("issuer is the RFC 2253 name openssl prints", Openssl::issuer, CertificateFacts::issuer),
            new Agreement<>("names are the DNS subject alternative names openssl prints",
                    Openssl::dnsNames, CertificateFacts::names),
            new Agreement<>("is self-signed exactly when openssl verifies it against itself",
                    Openssl::verifiesAgainstItself, CertificateFacts::selfSigned),
            new Agreement<>("validity period is the one openssl prints",
                    printed -> List.of(printed.notBefore(), printed.notAfter()),
                    read -> List.of(read.notBefore(), read.notAfter())),
            new Agreement<>("key type and size are the ones openssl prints",
                    printed -> KEY_TYPES.get(printed.keyAlgorithm()) + " " + printed.keyBits(),
                    read -> read.keyType() + " " + read.keySize()));

    static Stream<Arguments> everyFactOfEveryFixture() {
        return FixtureCertificate.eachWithEveryFixture(FACTS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFactOfEveryFixture")
    void readsWhatOpensslPrinted(Agreement<CertificateFacts> fact, FixtureCertificate fixture) {
        fact.assertHolds(fixture, fixture.facts(IdentityStoreKind.CLIENT));
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
