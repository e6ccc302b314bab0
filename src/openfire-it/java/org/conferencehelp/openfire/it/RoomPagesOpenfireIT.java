package org.conferencehelp.openfire.it;

import static org.conferencehelp.openfire.it.ChatClient.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rooms' own pages in a real Openfire, for rooms a real client made: what joining means, read from Openfire's live
 * room and service, and the same 404 for a hidden, a locked and an unknown room as for a path that never existed.
 */
class RoomPagesOpenfireIT {

    @RegisterExtension
    static final OpenfireExtension OPENFIRE = new OpenfireExtension("room-pages");

    private static ChatClient alice;
    private static HelpPages pages;

    @BeforeAll
    static void roomsMadeByARealClient() throws Exception {
        alice = ChatClient.login(OPENFIRE.server(), ChatClient.ALICE);
        pages = new HelpPages(OPENFIRE.server());
        alice.createRoom("strict", form -> {
            form.setAnswer(ChatClient.PUBLIC, true);
            form.setAnswer(ChatClient.NAME, "Strict room");
            form.setAnswer("muc#roomconfig_moderatedroom", true);
            form.setAnswer("muc#roomconfig_enablelogging", false);
            form.setAnswer("x-muc#roomconfig_reservednick", true);
            form.setAnswer("muc#roomconfig_maxusers", "20");
            form.setAnswer("muc#roomconfig_whois", "moderators");
        });
        alice.createRoom("open", form -> form.setAnswer(ChatClient.PUBLIC, true));
        alice.createRoom("hidden", form -> form.setAnswer(ChatClient.PUBLIC, false));
        alice.createLockedRoom("locked");
        new Freshness(OPENFIRE.server(), pages).awaitPrecondition("the rooms listed", json ->
                JsonFacts.listsRoom(json, address("strict")) && JsonFacts.listsRoom(json, address("open")));
    }

    @AfterAll
    static void logOut() {
        if (alice != null) {
            alice.close();
        }
    }

    @Test
    void aRoomsPageSaysWhatOpenfireDoesWithIt() throws Exception {
        HelpPages.Response response = pages.get("/help/rooms/" + address("strict") + "/");

        assertEquals(200, response.status(), response.body());
        Document page = Jsoup.parse(response.body());
        assertEquals(List.of(
                "The server does not log this room’s conversations.",
                "Someone who joins a room is sent the last 25 messages said in it.",
                "You can join only with the nickname you registered with this room.",
                "Up to 20 people can be in the room at once.",
                "The room is moderated: only people given a voice can speak.",
                "Only the room’s moderators can see your XMPP address; the others see your nickname."),
                page.select(".room-facts li").eachText());
        assertEquals("xmpp:" + address("strict") + "?join", page.selectFirst(".room-page a.join").attr("href"));
    }

    @Test
    void openfiresDefaultsForANewRoomAreWhatThePageSays() throws Exception {
        Document page = Jsoup.parse(pages.get("/help/rooms/" + address("open") + "/").body());
        assertEquals(List.of(
                "The server keeps a log of this room’s conversations.",
                "Someone who joins a room is sent the last 25 messages said in it.",
                "You choose your own nickname when you join.",
                "Up to 30 people can be in the room at once.",
                "Everyone in the room can speak.",
                "Everyone in the room can see your XMPP address."), page.select(".room-facts li").eachText());
        JsonNode service = JsonFacts.service(pages.json(), OpenfireServer.CONFERENCE_SERVICE).orElseThrow();
        assertEquals("last", service.path("history").path("sent").asText());
        assertEquals(25, service.path("history").path("messages").asInt());
        assertEquals(30, service.path("newRooms").path("maxOccupants").asInt());
        assertTrue(service.path("newRooms").path("logged").asBoolean());
    }

    @Test
    void theDirectoryAndTheJsonViewLinkToThePage() throws Exception {
        Document directory = Jsoup.parse(pages.get(HelpPages.PAGE).body());
        assertTrue(directory.select("li.room .room-name a").eachAttr("href")
                .contains("/help/rooms/" + address("strict") + "/"));
        String pageUrl = JsonFacts.room(pages.json(), address("strict")).orElseThrow().path("pageUrl").asText();
        assertTrue(pageUrl.matches("https://[^/]+:\\d+/help/rooms/" + address("strict").replace(".", "\\.") + "/"),
                pageUrl);
    }

    @Test
    void hiddenLockedAndUnknownRoomsAnswerLikeAPathThatNeverExisted() throws Exception {
        HelpPages.Response never = pages.get("/help/never-existed");
        for (String node : List.of("hidden", "locked", "nobody")) {
            HelpPages.Response response = pages.get("/help/rooms/" + address(node) + "/");
            assertEquals(List.of(404, never.body(), never.header("Content-Type"), never.header("Content-Length")),
                    List.of(response.status(), response.body(), response.header("Content-Type"),
                            response.header("Content-Length")), node);
        }
    }
}
