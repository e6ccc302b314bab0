package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.Room;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.render.PageRenderer;
import org.conferencehelp.tls.CertificateInventory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The conferences section of the rendered English page when the server has no conference service to show. */
class NoConferencePageTest {

    private static final String NO_CONFERENCES = "This server does not support conferences, sorry.";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final PageRenderer RENDERER = new PageRenderer(
            Messages.load(NoConferencePageTest.class.getClassLoader()));

    @Test
    void saysTheServerDoesNotSupportConferences() {
        Element section = conferencesSection(new DirectorySnapshot(List.of(), true));

        assertTrue(section.text().contains(NO_CONFERENCES), section.text());
    }

    @Test
    void listsNoServiceWhenThereIsNone() {
        Element section = conferencesSection(new DirectorySnapshot(List.of(), true));

        assertEquals(List.of(), section.select("article.service, .address, a.join"));
    }

    @Test
    void givesNoJoiningStepsWhenThereIsNoService() {
        Element section = conferencesSection(new DirectorySnapshot(List.of(), true));

        assertEquals(List.of(), section.select("ol.steps"));
    }

    @Test
    void saysTheListCannotBeShownWhenTheDirectoryIsUnavailable() {
        Element section = conferencesSection(DirectorySnapshot.UNAVAILABLE);

        assertTrue(section.text().contains(EnglishBundle.text("conferences.unavailable")), section.text());
    }

    @Test
    void doesNotClaimThereAreNoConferencesWhenTheDirectoryIsUnavailable() {
        Element section = conferencesSection(DirectorySnapshot.UNAVAILABLE);

        assertFalse(section.text().contains(NO_CONFERENCES), section.text());
    }

    @Test
    void listsTheServiceWhenThereIsOne() {
        ConferenceService service = new ConferenceService("conference.example.org", "Public chatrooms",
                List.of(new Room("lobby@conference.example.org", "Lobby", "", "", 2, false, false)), 1);

        Element section = conferencesSection(new DirectorySnapshot(List.of(service), true));

        assertEquals(List.of("conference.example.org"), section.select("article.service h3 .address").eachText());
        assertFalse(section.text().contains(NO_CONFERENCES));
    }

    private static Element conferencesSection(DirectorySnapshot directory) {
        ServerFacts facts = new ServerFacts("example.org", directory, ServerSettings.unknown("example.org"),
                CertificateInventory.EMPTY, List.of(), 1, NOW);
        String html = RENDERER.render(HelpPage.CONFERENCES, facts, Language.EN);
        Element section = Jsoup.parse(html).selectFirst("section[aria-labelledby=conferences]");
        if (section == null) {
            throw new AssertionError("The page has no conferences section:\n" + html);
        }
        return section;
    }
}
