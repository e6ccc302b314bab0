package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.Room;
import org.conferencehelp.chat.RoomCreation;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.render.PageRenderer;
import org.conferencehelp.tls.CertificateInventory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a service's room list reads when the directory shows fewer rooms than the service has. */
class RoomListPageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Messages ENGLISH = Messages.load(RoomListPageTest.class.getClassLoader()).get(Language.EN);
    private static final PageRenderer RENDERER = new PageRenderer(
            Messages.load(RoomListPageTest.class.getClassLoader()));
    private static final Room LOBBY = new Room("lobby@conference.example.org", "Lobby", "", "", 9, false, false);

    @Test
    void saysHowManyMoreRoomsThereAreBeyondThoseShown() {
        Element service = service(new ConferenceService("conference.example.org", "", List.of(LOBBY), 4));

        assertEquals(List.of("Lobby"), service.select(".room-name").eachText());
        assertTrue(service.text().contains(ENGLISH.format("rooms.more", 3)), service.text());
    }

    @Test
    void withALimitOfNoRoomsStillDoesNotClaimThereAreNone() {
        Element service = service(new ConferenceService("conference.example.org", "", List.of(), 4));

        assertFalse(service.text().contains(ENGLISH.get("rooms.none")), service.text());
        assertTrue(service.text().contains(ENGLISH.format("rooms.more", 4)), service.text());
        assertEquals(List.of(), service.select("ul.rooms"));
    }

    @Test
    void saysThereAreNoPublicRoomsOnlyWhenThereAreNone() {
        Element service = service(new ConferenceService("conference.example.org", "", List.of(), 0));

        assertTrue(service.text().contains(ENGLISH.get("rooms.none")), service.text());
    }

    @ParameterizedTest
    @CsvSource({"ANYONE,rooms.none", "LOCAL_USERS,rooms.none.local-users", "LISTED_USERS,rooms.none.listed-users"})
    void saysHowToStartARoomAsFarAsTheServiceLetsPeople(RoomCreation creation, String key) {
        Element service = service(new ConferenceService("conference.example.org", "", List.of(), 0, true, creation));

        assertEquals(ENGLISH.get(key), service.selectFirst(".rooms-heading + p").text());
    }

    @ParameterizedTest
    @CsvSource({"ANYONE,conferences.how.step3", "LOCAL_USERS,conferences.how.step3.local-users",
        "LISTED_USERS,conferences.how.step3.listed-users"})
    void theJoinStepsSayWhoMayCreateARoomOnTheFirstService(RoomCreation creation, String key) {
        Document page = page(new ConferenceService("conference.example.org", "", List.of(LOBBY), 1, true, creation));

        assertEquals(ENGLISH.get(key), page.select(".steps li").last().text());
    }

    @Test
    void aServiceWhoseRoomsCannotBeReadSaysSoInsteadOfClaimingItHasNone() {
        Element service = service(new ConferenceService("conference.example.org", "", List.of(), 0, false,
                RoomCreation.ANYONE));

        assertEquals(ENGLISH.get("service.unavailable"), service.selectFirst(".notice").text());
        assertFalse(service.text().contains(ENGLISH.get("rooms.none")), service.text());
        assertEquals(List.of(), service.select(".rooms-heading .count"), "no count it cannot know");
    }

    private static Element service(ConferenceService service) {
        return page(service).selectFirst("article.service");
    }

    private static Document page(ConferenceService service) {
        ServerFacts facts = new ServerFacts("example.org", new DirectorySnapshot(List.of(service), true),
                ServerSettings.unknown("example.org"), CertificateInventory.EMPTY, List.of(), 1, NOW);
        return Jsoup.parse(RENDERER.render(HelpPage.CONFERENCES, facts, Language.EN));
    }
}
