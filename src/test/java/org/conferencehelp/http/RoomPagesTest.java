package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.live.AdminWords;
import org.conferencehelp.live.PageContent;
import org.conferencehelp.live.PageSections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every room anyone may discover has a page of its own, linked from the directory; every other address under
 * {@code /help/rooms/} answers exactly like a path that never existed, so nothing tells a hidden room from none.
 */
class RoomPagesTest {

    private static final String LOBBY = "/help/rooms/lobby@conference.example.org/";
    private static final String NEVER_EXISTED = "/help/no-such-page";

    @AutoClose
    private TestSite site;
    private final List<ServiceListing> services = new ArrayList<>(TestSite.defaultServices());

    @BeforeEach
    void start() throws Exception {
        site = new TestSite().conferences(() -> services).start();
    }

    @Test
    void aListedRoomHasItsPageWithWhatJoiningItMeans() throws Exception {
        services.set(0, withRoom(new RoomListing("quiet", "Quiet room", "Think aloud.", "Today: tea", 3, true, false,
                true, true, true, true, 20, true, false)));
        site.refreshDirectory();

        TestSite.Response response = site.get("/help/rooms/quiet@conference.example.org/");

        assertEquals(200, response.status());
        assertEquals("text/html;charset=utf-8", response.header("Content-Type"));
        Document page = response.html();
        assertEquals("Quiet room · example.org", page.title());
        assertEquals("Think aloud.", page.selectFirst("p.lead").text());
        assertEquals("Today: tea", page.selectFirst(".room-subject bdi").text());
        assertEquals(List.of(
                "The server keeps a log of this room’s conversations.",
                "Someone who joins a room is sent the last 25 messages said in it.",
                "You can join only with the nickname you registered with this room.",
                "Up to 20 people can be in the room at once.",
                "The room is moderated: only people given a voice can speak.",
                "Only the room’s moderators can see your XMPP address; the others see your nickname.",
                "Only members can join: ask the room’s owner to add you.",
                "You need the room’s password to join."), page.select(".room-facts li").eachText());
        assertEquals(List.of("Members only", "Password-protected", "Moderated"), page.select(".badge").eachText()
                .subList(0, 3));
        assertEquals("xmpp:quiet@conference.example.org?join", page.selectFirst(".room-page a.join").attr("href"));
        assertEquals("quiet@conference.example.org", page.selectFirst("code.address").attr("data-copy"));
        assertEquals("https://xmpp.example.org:7443/help/rooms/quiet@conference.example.org/",
                page.selectFirst("code.share").attr("data-copy"), "from the server's own host name, not the request");
        assertEquals("https://xmpp.example.org:7443/help/rooms/quiet@conference.example.org/",
                page.selectFirst("meta[property=og:url]").attr("content"));
    }

    @Test
    void theDirectoryLinksEachRoomToItsPageAndTheJsonViewGivesTheSameAddress() throws Exception {
        Document directory = site.get(TestSite.PAGE).html();
        List<String> links = directory.select("li.room .room-name a").eachAttr("href");

        assertEquals(List.of(LOBBY, "/help/rooms/support@conference.example.org/",
                "/help/rooms/members@conference.example.org/"), links);
        for (String link : links) {
            assertEquals(200, site.get(link).status(), link);
        }
        List<String> fromJson = new ArrayList<>();
        site.get(TestSite.JSON).json().get("conferences").get("services").get(0).get("rooms")
                .forEach(room -> fromJson.add(room.get("pageUrl").asText()));
        assertEquals(links.stream().map(link -> "https://xmpp.example.org:7443" + link).toList(), fromJson);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/help/rooms/staff-unlisted@conference.example.org/", // hidden
            "/help/rooms/being-set-up@conference.example.org/", // locked
            "/help/rooms/vault-room@internal.example.org/", // on a hidden service
            "/help/rooms/nobody@conference.example.org/", // never existed
            "/help/rooms/lobby@retired.example.org/", // a disabled service
            "/help/rooms/lobby@conference.example.org.evil/", "/help/rooms/lobby/",
            "/help/rooms/@conference.example.org/",
            "/help/rooms/lobby@/", "/help/rooms/", "/help/rooms/lobby@conference.example.org/x/",
            "/help/rooms/staff-unlisted@conference.example.org", // bare, hidden: no redirect that would tell
            "/help/rooms/%3Cscript%3E@conference.example.org/"})
    void anythingNotListedIsTheSame404AsAPathThatNeverExisted(String path) throws Exception {
        TestSite.Response expected = site.get(NEVER_EXISTED);
        TestSite.Response response = site.get(path);

        assertEquals(404, response.status());
        assertEquals(headers(expected), headers(response));
        assertEquals(expected.text(), response.text());
    }

    @Test
    void aRoomAddressInOtherCaseOrWithoutItsSlashFindsTheRoom() throws Exception {
        assertEquals(site.get(LOBBY).text(), site.get("/help/rooms/LOBBY@Conference.Example.org/").text());
        TestSite.Response bare = site.get("/help/rooms/Lobby@conference.example.org?lang=de");
        assertEquals(301, bare.status());
        assertEquals(LOBBY + "?lang=de", bare.header("Location"));
    }

    @Test
    void aRoomWithAnyCharactersInItsNameHasAWorkingLink() throws Exception {
        services.set(0, withRoom(new RoomListing("café?#1+%20;x\\~7e\t", "Odd", "", "", 1, true, false, false,
                false)));
        site.refreshDirectory();

        String link = site.get(TestSite.PAGE).html().select("li.room .room-name a").stream()
                .filter(a -> a.text().equals("Odd")).findFirst().orElseThrow().attr("href");

        assertEquals("/help/rooms/caf%C3%A9%3F%231%2B~2520%3Bx~5C~7E7e~09@conference.example.org/", link);
        TestSite.Response response = site.get(link);
        assertEquals(200, response.status(), response.text());
        Document page = response.html();
        assertEquals("café?#1+%20;x\\~7e\t@conference.example.org",
                page.selectFirst("code.address").attr("data-copy"));
    }

    @Test
    void theRoomPageFollowsTheRoomAndDisappearsWithIt() throws Exception {
        String before = site.get(LOBBY).html().selectFirst(".room-subject bdi").text();
        services.set(0, withRoom(new RoomListing("lobby", "Lobby", "", "New topic", 1, true, false, false, false)));
        site.refreshDirectory();
        assertEquals(List.of("Welcome!", "New topic"), List.of(before,
                site.get(LOBBY).html().selectFirst(".room-subject bdi").text()));

        services.set(0, new ServiceListing(TestSite.SERVICE, "", true, false, List.of(
                new RoomListing("lobby", "Lobby", "", "", 1, false, false, false, false))));
        site.refreshDirectory();
        assertEquals(404, site.get(LOBBY).status(), "unlisted now");
    }

    @Test
    void servedFromCacheWithConditionalRequestsAndGzip() throws Exception {
        TestSite.Response first = site.get(LOBBY, "Accept-Encoding", "gzip");
        assertEquals("gzip", first.header("Content-Encoding"));
        assertEquals("Accept-Language, Accept-Encoding, User-Agent", first.header("Vary"));
        assertEquals(304, site.get(LOBBY, "Accept-Encoding", "gzip", "If-None-Match", first.header("ETag")).status());
        assertEquals(site.get(LOBBY).decodedText(), first.decodedText());
    }

    @Test
    void theVisitorsPlatformChoosesWhichAppsComeFirstAndNothingElse() throws Exception {
        String android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile";
        Document forAndroid = site.get(LOBBY, "User-Agent", android).html();
        Document forNobody = site.get(LOBBY, "User-Agent", "curl/8").html();

        assertEquals("apps-android", forAndroid.selectFirst(".platform.yours").id());
        assertEquals(List.of("apps-android", "apps-ios", "apps-windows", "apps-macos", "apps-linux", "apps-web"),
                forNobody.select(".platform").eachAttr("id"), "the list's own order");
        assertTrue(forNobody.select(".platform.yours").isEmpty());
        assertNotEquals(site.get(LOBBY, "User-Agent", android).header("ETag"),
                site.get(LOBBY, "User-Agent", "curl/8").header("ETag"));
    }

    @Test
    void withRoomsPagesUnpublishedEveryRoomAddressIsTheSame404AndNothingLinksThere() throws Exception {
        assertEquals(200, site.get(LOBBY).status());
        site.content(new PageContent(new PageSections(true, false, true, true, true, true), AdminWords.NONE));

        TestSite.Response expected = site.get(NEVER_EXISTED);
        TestSite.Response response = site.get(LOBBY);
        assertEquals(404, response.status());
        assertEquals(headers(expected), headers(response));
        assertEquals(expected.text(), response.text());
        Document directory = site.get(TestSite.PAGE).html();
        assertEquals(3, directory.select("li.room").size(), "the rooms are still listed");
        assertEquals(List.of(), directory.select("li.room .room-name a").eachAttr("href"));
        site.get(TestSite.JSON).json().at("/conferences/services/0/rooms").forEach(room ->
                assertTrue(room.get("pageUrl").isNull(), room.toString()));
    }

    @Test
    void theAdministratorsHouseRulesAreOnEveryRoomsPage() throws Exception {
        site.content(new PageContent(PageSections.ALL, new AdminWords(Map.of(),
                Map.of("en", "Be kind.", "de", "Seid nett."))));

        assertEquals("Be kind.", site.get(LOBBY).html().selectFirst(".house-rules .card").text());
        assertEquals("Seid nett.", site.get(LOBBY + "?lang=de").html().selectFirst(".house-rules .card").text());
    }

    private static ServiceListing withRoom(RoomListing room) {
        List<RoomListing> rooms = new ArrayList<>(TestSite.defaultServices().get(0).rooms());
        rooms.removeIf(other -> other.node().equals(room.node()));
        rooms.add(room);
        return new ServiceListing(TestSite.SERVICE, TestSite.SERVICE_DESCRIPTION, true, false, rooms);
    }

    /** The headers, without the date (which moves). */
    private static Map<String, List<String>> headers(TestSite.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
