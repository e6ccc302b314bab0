package org.conferencehelp.tls;

import static org.conferencehelp.tls.FixtureStores.CLIENT_P12;
import static org.conferencehelp.tls.FixtureStores.OTHERS_P12;
import static org.conferencehelp.tls.FixtureStores.SERVER_JKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which fixture certificate covers which of the page's names (the XMPP domain, then each conference service), as
 * {@link CertificateInventory#coverage} reports it.
 */
class CertificateCoverageTest {

    private static final String DOMAIN = "example.org";
    private static final String CONFERENCE = "conference.example.org";

    private static final String RSA = sha256(FixtureCertificate.EXAMPLE_ORG_RSA);
    private static final String EC = sha256(FixtureCertificate.CONFERENCE_EC);
    private static final String EXPIRED = sha256(FixtureCertificate.EXPIRED_EC);
    private static final String OTHER = sha256(FixtureCertificate.OTHER_TEST);

    @Test
    void wildcardCertificateCoversTheDomainAndItsConferenceService() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), CLIENT_P12 + ":example.org");

        assertEquals(List.of(RSA + " covers " + List.of(DOMAIN, CONFERENCE)), entries(coverage));
    }

    @Test
    void wildcardCertificateDoesNotCoverAServiceTwoLabelsDown() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, "muc.chat.example.org"), CLIENT_P12 + ":example.org");

        assertEquals(List.of("muc.chat.example.org"), coverage.uncoveredNames());
    }

    @Test
    void listsEachCertificateWithTheNamesItCovers() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE, "other.test"),
                CLIENT_P12 + ":example.org", OTHERS_P12 + ":other");

        assertEquals(List.of(RSA + " covers " + List.of(DOMAIN, CONFERENCE), OTHER + " covers " + List.of("other.test")),
                entries(coverage));
    }

    @Test
    void nameCoveredByTwoCertificatesListsBoth() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE),
                CLIENT_P12 + ":example.org", CLIENT_P12 + ":conference");

        assertEquals(List.of(RSA + " covers " + List.of(DOMAIN, CONFERENCE), EC + " covers " + List.of(CONFERENCE)),
                entries(coverage));
    }

    @Test
    void domainsCertificateComesFirstWhateverTheStoreOrder() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE),
                CLIENT_P12 + ":conference", SERVER_JKS + ":expired");

        assertEquals(List.of(EXPIRED + " covers " + List.of(DOMAIN), EC + " covers " + List.of(CONFERENCE)),
                entries(coverage));
    }

    @Test
    void nameNoCertificateCoversIsListedApart() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), CLIENT_P12 + ":conference");

        assertEquals(List.of(DOMAIN), coverage.uncoveredNames());
    }

    @Test
    void certificateForAnotherDomainCoversNoNameAndIsNotListed() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), OTHERS_P12 + ":other");

        assertEquals(List.of(), entries(coverage));
        assertEquals(List.of(DOMAIN, CONFERENCE), coverage.uncoveredNames());
    }

    @Test
    void certificateWithTheDomainAsCommonNameButNoSubjectAlternativeNameCoversNothing() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN), OTHERS_P12 + ":cn-only");

        assertEquals(List.of(DOMAIN), coverage.uncoveredNames());
    }

    @Test
    void expiredCertificateStillCoversItsNames() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN), SERVER_JKS + ":expired");

        assertEquals(List.of(EXPIRED + " covers " + List.of(DOMAIN)), entries(coverage));
        assertEquals(ExpiryState.EXPIRED, coverage.entries().get(0).certificate()
                .expiryState(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void nameIsCoveredWhateverItsCase() {
        CertificateCoverage coverage = coverage(List.of("Conference.Example.ORG"), CLIENT_P12 + ":conference");

        assertEquals(List.of(), coverage.uncoveredNames());
    }

    @Test
    void everyNameIsCoveredWhenCertificatesCoverThemAll() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), CLIENT_P12 + ":example.org");

        assertEquals(List.of(), coverage.uncoveredNames());
    }

    /** The coverage of {@code names} by a client store holding the given fixture entries. */
    private static CertificateCoverage coverage(List<String> names, String... entries) {
        KeyStore client = FixtureStores.with(entries);
        return CertificateInventory.read(FixtureStores.source(client, null)).coverage(names);
    }

    private static List<String> entries(CertificateCoverage coverage) {
        return coverage.entries().stream()
                .map(e -> e.certificate().fingerprints().sha256() + " covers " + e.coveredNames()).toList();
    }

    private static String sha256(String name) {
        return FixtureCertificate.load(name).openssl().sha256();
    }
}
