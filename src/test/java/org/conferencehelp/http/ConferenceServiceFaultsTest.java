package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.page.EnglishBundle;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A server whose conference services cannot be read, or change while they are read: the page still answers 200,
 * says plainly what it cannot show, keeps what it knew, and logs the cause once.
 */
class ConferenceServiceFaultsTest {

    private static final String UNAVAILABLE = EnglishBundle.text("conferences.unavailable");
    private static final String NONE = EnglishBundle.text("conferences.none");

    @AutoClose
    private TestSite site;

    @Test
    void saysPlainlyThatTheConferencesCannotBeShownWhenTheServiceListThrows() throws Exception {
        site = new TestSite().conferences(() -> {
            throw new IllegalStateException("MUC manager not started");
        }).start();

        TestSite.Response response = site.get(TestSite.PAGE);

        assertEquals(200, response.status());
        Document page = response.html();
        assertEquals(UNAVAILABLE, page.selectFirst("#conferences ~ p.notice").text());
        assertTrue(page.select("article.service").isEmpty());
        assertEquals(1, page.select("article.certificate").size(), "the fingerprints went too");
    }

    @Test
    void logsAnUnreadableServiceListOnceNotOncePerRequestOrRefresh() throws Exception {
        try (LogCapture log = LogCapture.start()) {
            site = new TestSite().conferences(() -> {
                throw new IllegalStateException("MUC manager not started");
            }).start();
            for (int round = 0; round < 5; round++) {
                site.refreshDirectory();
                for (int i = 0; i < 10; i++) {
                    assertEquals(200, site.get(TestSite.PAGE).status());
                }
            }
            assertEquals(1, log.count("Could not read the conference services"), log.text());
        }
    }

    @Test
    void keepsTheLastKnownRoomsWhenAServiceIsRemovedWhileItsRoomsAreRead() throws Exception {
        site = new TestSite().start();
        ServiceListing vanishing = new ServiceListing(TestSite.SERVICE, "", true, false, new AbstractList<>() {
            @Override
            public RoomListing get(int index) {
                if (index > 0) { // the service's rooms were unloaded between two reads
                    throw new ConcurrentModificationException();
                }
                return new RoomListing("lobby", "Lobby", "", "", 1, true, false, false, false);
            }

            @Override
            public int size() {
                return 3;
            }
        });
        site.conferences(() -> List.of(vanishing));

        site.refreshDirectory();

        TestSite.Response response = site.get(TestSite.PAGE);
        assertEquals(200, response.status());
        assertEquals(List.of("lobby@conference.example.org", "support@conference.example.org",
                "members@conference.example.org"), response.html().select("li.room .room-address").eachText());
    }

    @Test
    void answersEveryRequestWhileServicesComeAndGo() throws Exception {
        site = new TestSite().start();
        AtomicBoolean present = new AtomicBoolean(true);
        site.conferences(() -> present.get() ? TestSite.defaultServices() : List.of());
        List<TestSite.Response> responses = Concurrently.request(site, 4, 50, TestSite.PAGE, () -> {
            present.set(!present.get());
            site.refreshDirectory();
        });
        for (TestSite.Response response : responses) {
            assertEquals(200, response.status());
            Document page = response.html();
            boolean listed = page.select("li.room .room-address").eachText().equals(List.of(
                    "lobby@conference.example.org", "support@conference.example.org",
                    "members@conference.example.org"));
            boolean none = page.select("#conferences ~ p.notice").eachText().equals(List.of(NONE));
            assertTrue(listed != none, "neither the rooms nor the plain sentence: " + page.select("#conferences"));
        }
    }
}
