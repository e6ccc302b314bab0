package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.RoomDirectory;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.live.LiveServerFacts;
import org.conferencehelp.render.TestRenderers;
import org.conferencehelp.tls.FingerprintHistory;
import org.conferencehelp.tls.HistoryStorage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Room pages are rendered when asked for and kept only while asked for: a server with many rooms holds at most
 * {@link PageCache#MAX_ROOM_PAGES} of them, however many visitors ask for.
 */
class RoomPageCacheTest {

    private static final int ROOMS = PageCache.MAX_ROOM_PAGES + 50;

    private LiveServerFacts facts;
    private PageCache pages;
    @AutoClose
    private TestSite site;

    @BeforeEach
    void serveAServiceWithManyRooms() throws Exception {
        facts = new LiveServerFacts(TestSite.DOMAIN, kind -> TestSite.defaultKeyStore(), TestSite::defaultSettings,
                new FingerprintHistory(HistoryStorage.NONE, TestSite.CLOCK, () -> Duration.ofDays(30)),
                TestSite.CLOCK);
        List<RoomListing> rooms = new ArrayList<>();
        for (int i = 0; i < ROOMS; i++) {
            rooms.add(new RoomListing("room-" + i, "Room " + i, "", "", 0, true, false, false, false));
        }
        facts.directoryChanged(RoomDirectory.snapshot(List.of(new ServiceListing(TestSite.SERVICE, "", true, false,
                rooms)), 50));
        pages = new PageCache(facts, new Variants(TestRenderers.withTemplates("org/conferencehelp/render/templates/")));
        site = TestSite.serving(HelpWebContext.create(pages, TestSite.CLOCK, getClass().getClassLoader()));
    }

    @Test
    void keepsOnlyTheMostRecentlyAskedRoomPages() throws Exception {
        for (int i = 0; i < ROOMS; i++) {
            assertEquals(200, site.get("/help/rooms/room-" + i + "@conference.example.org/").status());
        }
        assertEquals(PageCache.MAX_ROOM_PAGES, pages.cachedRoomPages());

        String kept = site.get("/help/rooms/room-" + (ROOMS - 1) + "@conference.example.org/").header("ETag");
        assertEquals(PageCache.MAX_ROOM_PAGES, pages.cachedRoomPages(), "asked again: served from the cache");
        assertEquals(kept, site.get("/help/rooms/room-" + (ROOMS - 1) + "@conference.example.org/").header("ETag"));
    }

    @Test
    void aNewVersionOfTheFactsStartsAnEmptyCache() throws Exception {
        site.get("/help/rooms/room-1@conference.example.org/");
        site.get("/help/rooms/room-2@conference.example.org/");
        assertEquals(2, pages.cachedRoomPages());

        facts.directoryChanged(RoomDirectory.snapshot(List.of(new ServiceListing(TestSite.SERVICE, "", true, false,
                List.of(new RoomListing("room-1", "Renamed", "", "", 0, true, false, false, false)))), 50));
        assertEquals("Renamed · example.org",
                site.get("/help/rooms/room-1@conference.example.org/").html().title());
        assertEquals(1, pages.cachedRoomPages());
    }
}
