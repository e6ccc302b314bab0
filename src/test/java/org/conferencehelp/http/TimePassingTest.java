package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.KeyStore;
import java.time.Duration;
import org.conferencehelp.HelpSite;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.preview.DemoCertificates;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.MutableClock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Days left and expiry warnings move with the date, on a quiet server too: no event comes, yet the page (and with
 * it the ETag and Last-Modified) changes within a refresh interval of the day it should read differently.
 */
class TimePassingTest {

    /** An hour after the certificate was made: 89 days and 23 hours left. */
    private final MutableClock clock = new MutableClock(TestSite.NOW.plus(Duration.ofHours(1)));
    private HelpSite site;
    private TestSite served;

    @BeforeEach
    void serveACertificateValidForNinetyDays() throws Exception {
        KeyStore store = DemoCertificates.keyStoreFor(TestSite.DOMAIN, TestSite.NOW); // until NOW + 90 days
        site = new HelpSite(new HelpSite.Sources(TestSite.DOMAIN, TestSite::defaultServices, kind -> store,
                TestSite::defaultSettings, HistoryStorage.NONE),
                SiteSettings.defaults().withDirectoryRefresh(Duration.ofSeconds(1)), clock,
                getClass().getClassLoader());
        site.start();
        served = TestSite.serving(site.context());
    }

    @AfterEach
    void stop() throws Exception {
        served.close();
        site.close();
    }

    @Test
    void theWarningsFollowTheCalendarWithoutAnyEvent() throws Exception {
        TestSite.Response fresh = served.get(TestSite.PAGE);
        assertEquals("89 days left", daysLeft(fresh.html()));
        assertEquals(0, fresh.html().select(".certificate .alert").size() - selfSigned(fresh.html()));

        clock.advance(Duration.ofDays(80));
        TestSite.Response expiring = changedFrom(fresh);
        assertEquals("9 days left", daysLeft(expiring.html()));
        assertEquals(1, expiring.html().select(".certificate .alert-warning").size() - selfSigned(expiring.html()),
                "expires soon");
        assertNotEquals(fresh.header("Last-Modified"), expiring.header("Last-Modified"));

        clock.advance(Duration.ofDays(11));
        TestSite.Response expired = changedFrom(expiring);
        assertEquals(1, expired.html().select(".certificate .alert-danger").size(), "expired");
    }

    @Test
    void anHourThatChangesNothingOnThePageKeepsItsVersion() throws Exception {
        TestSite.Response before = served.get(TestSite.PAGE);
        clock.advance(Duration.ofMinutes(1));
        Thread.sleep(2_500); // two refreshes

        assertEquals(before.header("ETag"), served.get(TestSite.PAGE).header("ETag"));
    }

    /** The page once its ETag differs from the given one's: within a few one-second refreshes. */
    private TestSite.Response changedFrom(TestSite.Response before) throws Exception {
        for (int i = 0; i < 50; i++) {
            TestSite.Response now = served.get(TestSite.PAGE);
            if (!now.header("ETag").equals(before.header("ETag"))) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page did not change within 5 seconds");
    }

    /** What the certificate's details say in brackets after "Valid until". */
    private static String daysLeft(Document page) {
        String validUntil = page.select(".certificate .facts dt:containsOwn(Valid until) + dd").text();
        return validUntil.substring(validUntil.indexOf('(') + 1, validUntil.lastIndexOf(')'));
    }

    /** The demo certificate is self-signed: that warning is always there. */
    private static int selfSigned(Document page) {
        return page.select(".certificate .alert-warning").size()
                - (int) page.select(".certificate .alert-warning").eachText().stream()
                .filter(t -> !t.toLowerCase().contains("self-signed")).count();
    }
}
