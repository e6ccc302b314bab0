package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.conferencehelp.chat.RoomDirectory;
import org.conferencehelp.live.LiveServerFacts;
import org.conferencehelp.render.TestRenderers;
import org.conferencehelp.tls.FingerprintHistory;
import org.conferencehelp.tls.HistoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page template with a syntax error (test templates in {@code org/conferencehelp/render/broken-templates/}, where
 * {@code using-conferences.vm} never closes an {@code #if}): that page answers 503 with a plain sentence, the
 * failure is logged once, and what does not use the template is still served.
 */
class BrokenTemplateTest {

    private LogCapture log;
    private TestSite site;

    @BeforeEach
    void serveWithTheBrokenTemplates() throws Exception {
        log = LogCapture.start();
        LiveServerFacts facts = new LiveServerFacts(TestSite.DOMAIN, kind -> TestSite.defaultKeyStore(),
                TestSite::defaultSettings, new FingerprintHistory(HistoryStorage.NONE, TestSite.CLOCK,
                        () -> Duration.ofDays(30)), TestSite.CLOCK);
        facts.directoryChanged(RoomDirectory.snapshot(TestSite.defaultServices(), 50));
        PageCache pages = new PageCache(facts, new Variants(
                TestRenderers.withTemplates("org/conferencehelp/render/broken-templates/")));
        site = TestSite.serving(HelpWebContext.create(pages, TestSite.CLOCK, getClass().getClassLoader()));
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
        log.close();
    }

    @Test
    void answersUnavailableWithAPlainSentence() throws Exception {
        TestSite.Response response = site.get(TestSite.PAGE);

        assertEquals(503, response.status());
        assertTrue(response.header("Content-Type").startsWith("text/plain"), response.header("Content-Type"));
        assertEquals("Sorry, this help page cannot be shown right now. Please try again later.\n", response.text());
        assertNotNull(response.header("Retry-After"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertTrue(response.header("Content-Security-Policy").contains("default-src 'none'"));
        TestSite.assertNoInternals(response.text());
    }

    @Test
    void logsTheBrokenTemplateOnceNotOncePerRequest() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertEquals(503, site.get(TestSite.PAGE).status());
            assertEquals(503, site.request("HEAD", TestSite.PAGE).status());
        }
        assertEquals(1, log.count("Could not render the help page using-conferences (EN)"), log.text());
    }

    @Test
    void stillServesWhatDoesNotUseTheBrokenTemplate() throws Exception {
        assertEquals(200, site.get(TestSite.DEFINITIONS).status());
        assertEquals(200, site.get(TestSite.JSON).status());
        assertEquals(200, site.get("/help/assets/page.js").status());
    }
}
