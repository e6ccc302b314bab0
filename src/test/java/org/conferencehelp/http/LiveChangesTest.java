package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** What the server tells the site shows on the next request, and nothing shows before it is told. */
class LiveChangesTest {

    @AutoClose
    private TestSite site;

    @Test
    void saysConferencesAreNotSupportedWhenTheServerHasNoConferenceService() throws Exception {
        site = new TestSite().conferences(List::of).start();
        Document page = site.get(TestSite.PAGE).html();
        assertEquals("This server does not support conferences, sorry.", page.selectFirst("p.notice").text());
        assertTrue(page.select("article.service").isEmpty());
    }

    @Test
    void saysConferencesAreNotSupportedWhenEveryServiceIsHiddenOrDisabled() throws Exception {
        site = new TestSite().conferences(() -> List.of(
                new ServiceListing("internal.example.org", "Hidden", true, true, List.of()),
                new ServiceListing("retired.example.org", "Disabled", false, false, List.of()))).start();
        assertTrue(site.get(TestSite.PAGE).text().contains("This server does not support conferences, sorry."));
    }

    @Test
    void showsTheNewFingerprintOnceTheKeyStoreChanged() throws Exception {
        KeyStore before = TestSite.newKeyStore();
        KeyStore after = TestSite.newKeyStore();
        site = new TestSite().identityStores(kind -> before).start();
        String oldSha256 = CertificateOracle.sha256(TestSite.certificateOf(before));
        String newSha256 = CertificateOracle.sha256(TestSite.certificateOf(after));
        assertEquals(List.of(oldSha256), currentSha256(site.get(TestSite.PAGE).html()));

        site.replaceKeyStore(after);

        Document page = site.get(TestSite.PAGE).html();
        assertEquals(List.of(newSha256), currentSha256(page));
        assertEquals(List.of(oldSha256), page.select("ul.previous code.fingerprint").eachText().subList(0, 1),
                "the replaced certificate is not listed as previous");
    }

    @Test
    void keepsShowingTheOldFingerprintUntilTheSiteIsTold() throws Exception {
        KeyStore before = TestSite.newKeyStore();
        site = new TestSite().identityStores(kind -> before).start();
        String oldSha256 = CertificateOracle.sha256(TestSite.certificateOf(before));
        KeyStore after = TestSite.newKeyStore();
        site.identityStores(kind -> after); // no certificate event yet: requests never read the stores
        assertEquals(List.of(oldSha256), currentSha256(site.get(TestSite.PAGE).html()));
    }

    @Test
    void showsANewRoomAfterTheDirectoryIsRefreshed() throws Exception {
        site = new TestSite().start();
        assertFalse(site.get(TestSite.PAGE).text().contains("newcomers@conference.example.org"));
        site.conferences(() -> withRoom(new RoomListing("newcomers", "Newcomers", "Fresh room", "", 30,
                true, false, false, false)));

        site.refreshDirectory();

        Document page = site.get(TestSite.PAGE).html();
        assertEquals("newcomers@conference.example.org", page.selectFirst("li.room .room-address").text());
        assertEquals("Newcomers", page.selectFirst("li.room .room-name").text());
    }

    @Test
    void dropsARoomThatBecameUnlistedAfterTheDirectoryIsRefreshed() throws Exception {
        site = new TestSite().start();
        assertTrue(site.get(TestSite.PAGE).text().contains("lobby@conference.example.org"));
        site.conferences(() -> List.of(new ServiceListing(TestSite.SERVICE, "", true, false, List.of(
                new RoomListing("lobby", "Lobby", "", "", 12, false, false, false, false)))));

        site.refreshDirectory();

        assertFalse(site.get(TestSite.PAGE).text().contains("lobby@conference.example.org"));
    }

    private static List<String> currentSha256(Document page) {
        return page.select("article.certificate code.fingerprint[data-copy]").stream()
                .filter(code -> code.attr("data-copy").length() == 95).map(code -> code.attr("data-copy")).toList();
    }

    private static List<ServiceListing> withRoom(RoomListing room) {
        ServiceListing service = TestSite.defaultServices().get(0);
        List<RoomListing> rooms = new ArrayList<>(service.rooms());
        rooms.add(room);
        return List.of(new ServiceListing(service.domain(), service.description(), true, false, rooms));
    }
}
