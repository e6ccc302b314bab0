package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.tls.CertificateFacts;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.FixtureCertificate;
import org.conferencehelp.tls.IdentityStoreKind;
import org.junit.jupiter.api.Test;

/**
 * The certificate Openfire really presents is on the page even when it is valid for none of the server's names,
 * flagged in plain words; and who would warn about a name nobody's certificate covers: clients for the XMPP domain,
 * other servers for a conference service.
 */
class PresentedCertificateWordsTest {

    private static final Messages ENGLISH = Messages.load(PresentedCertificateWordsTest.class.getClassLoader())
            .get(Language.EN);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final CertificateFacts OTHER = FixtureCertificate.load(FixtureCertificate.OTHER_TEST)
            .facts(IdentityStoreKind.CLIENT);

    @Test
    void aPresentedCertificateForAnotherNameIsShownWithAWarningThatTheClientWillWarn() {
        PageModel.Certificates section = section(Map.of(IdentityStoreKind.CLIENT,
                List.of(OTHER.fingerprints().sha256())));

        assertEquals(1, section.current().size());
        PageModel.CertificateView shown = section.current().get(0);
        assertEquals(OTHER.fingerprints().sha256(), shown.sha256());
        assertEquals(OTHER.names(), shown.coveredNames(), "what it is valid for instead");
        assertEquals(ENGLISH.format("certificate.warning.not-for-domain", "example.org"),
                shown.warnings().get(0).text());
        assertEquals("danger", shown.warnings().get(0).level());
    }

    @Test
    void aCertificateNotPresentedAndCoveringNoNameStaysOffThePage() {
        assertEquals(List.of(), section(Map.of()).current());
    }

    @Test
    void anUncoveredDomainWarnsOfClientsAnUncoveredConferenceServiceOfOtherServers() {
        assertEquals(List.of(ENGLISH.format("certificates.uncovered", "example.org"),
                ENGLISH.format("certificates.uncovered.server", "conference.example.org")),
                section(Map.of()).uncovered());
    }

    private static PageModel.Certificates section(Map<IdentityStoreKind, List<String>> presented) {
        DirectorySnapshot directory = new DirectorySnapshot(List.of(new ConferenceService("conference.example.org",
                "", List.of(), 0)), true);
        ServerFacts facts = new ServerFacts("example.org", directory, ServerSettings.unknown("example.org"),
                new CertificateInventory(List.of(OTHER), List.of(), presented), List.of(), 1, NOW);
        return PageModel.of(HelpPage.CONFERENCES, facts, ENGLISH).certificates();
    }
}
