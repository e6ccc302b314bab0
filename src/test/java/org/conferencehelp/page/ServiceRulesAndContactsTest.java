package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.Room;
import org.conferencehelp.chat.RoomCreation;
import org.conferencehelp.chat.ServicePolicy;
import org.conferencehelp.live.PublicWeb;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.render.PageRenderer;
import org.conferencehelp.tls.CertificateInventory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A service says what its rooms are like from its live policy, and every page says whom to ask for help when the
 * server publishes contact addresses; a room's page links to the web client and the published logs only where the
 * server has them.
 */
class ServiceRulesAndContactsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final PageRenderer RENDERER = new PageRenderer(
            Messages.load(ServiceRulesAndContactsTest.class.getClassLoader()));
    private static final Room LOBBY = new Room("lobby@conference.example.org", "Lobby", "", "", 2, false, false, true,
            false, 0, false, false);

    @Test
    void aServiceSaysWhoMayCreateRoomsHowTheyStartAndWhatJoinersSee() {
        ConferenceService service = new ConferenceService("conference.example.org", "", List.of(LOBBY), 1, true,
                RoomCreation.LOCAL_USERS, new ServicePolicy(ServicePolicy.History.none(),
                new ServicePolicy.RoomDefaults(false, true, true, true, false, 0)), Map.of("lobby", LOBBY));

        Document page = conferences(service, PublicWeb.openfireDefaults());

        assertEquals(List.of(
                "Anyone with an account on this server can create a room by joining an address that is not in use, "
                        + "and becomes its owner.",
                "A new room starts hidden from the room directory, permanent, for members only, moderated, not "
                        + "logged by the server, with no limit on people; its owner can change this.",
                "Someone who joins a room is not sent what was said before."),
                page.select("article.service .service-text .statements li").eachText());
    }

    @Test
    void openfiresDefaultsReadAsOpenfireMeansThem() {
        Document page = conferences(new ConferenceService("conference.example.org", "", List.of(LOBBY), 1),
                PublicWeb.openfireDefaults());

        assertEquals(List.of(
                "Anyone can create a room: joining an address that is not in use creates it, and makes them its "
                        + "owner.",
                "A new room starts listed in the room directory, temporary (it closes when the last person leaves), "
                        + "open to anyone, logged by the server, for up to 30 people; its owner can change this.",
                "Someone who joins a room is sent the last 25 messages said in it."),
                page.select("article.service .service-text .statements li").eachText());
    }

    @Test
    void everyPageSaysWhomToAskWhenTheServerPublishesIt() {
        PublicWeb web = new PublicWeb(true, 7443, false, false,
                List.of("xmpp:admin@example.org", "mailto:help@example.org"));
        Document page = conferences(new ConferenceService("conference.example.org", "", List.of(LOBBY), 1), web);

        assertEquals("Need help? Write to this server’s administrators: admin@example.org (XMPP), "
                + "help@example.org (email)", page.selectFirst(".help-contacts").text());
        assertEquals(List.of("xmpp:admin@example.org", "mailto:help@example.org"),
                page.select(".help-contacts a").eachAttr("href"));
        assertNull(conferences(new ConferenceService("conference.example.org", "", List.of(LOBBY), 1),
                PublicWeb.openfireDefaults()).selectFirst(".help-contacts"), "none published: nothing said");
    }

    @Test
    void aRoomsPageLinksToTheWebClientAndThePublishedLogsOnlyWhereTheServerHasThem() {
        ConferenceService service = new ConferenceService("conference.example.org", "", List.of(LOBBY), 1);
        PublicWeb both = new PublicWeb(true, 7443, true, true, List.of());

        Document withBoth = room(service, both);
        assertEquals("/inverse/#converse/room?jid=lobby@conference.example.org",
                withBoth.selectFirst("a.web-client").attr("href"));
        assertEquals("/logs/", withBoth.selectFirst("a.public-logs").attr("href"));

        Document without = room(service, PublicWeb.openfireDefaults());
        assertNull(without.selectFirst("a.web-client"));
        assertNull(without.selectFirst("a.public-logs"));

        ConferenceService elsewhere = new ConferenceService("chat.example.org", "", List.of(new Room(
                "lobby@chat.example.org", "Lobby", "", "", 2, false, false, true, false, 0, false, false)), 1);
        assertNull(room(elsewhere, both).selectFirst("a.public-logs"), "the Monitoring viewer shows 'conference' only");
    }

    private static Document conferences(ConferenceService service, PublicWeb web) {
        return Jsoup.parse(RENDERER.render(HelpPage.CONFERENCES, facts(service, web), Language.EN));
    }

    private static Document room(ConferenceService service, PublicWeb web) {
        ServerFacts facts = facts(service, web);
        return Jsoup.parse(RENDERER.renderRoom(facts.directory().room(service.rooms().get(0).address()).orElseThrow(),
                facts, Language.EN, null));
    }

    private static ServerFacts facts(ConferenceService service, PublicWeb web) {
        return new ServerFacts("example.org", new DirectorySnapshot(List.of(service), true),
                ServerSettings.unknown("example.org").withWeb(web), CertificateInventory.EMPTY, List.of(), 1, NOW);
    }
}
