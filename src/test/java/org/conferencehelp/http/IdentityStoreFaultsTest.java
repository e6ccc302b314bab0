package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.KeyStore;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.conferencehelp.page.EnglishBundle;
import org.conferencehelp.tls.IdentityStoreSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Identity stores that cannot be read, do not exist or hold nothing: the page still answers 200 and says plainly
 * which fingerprints it cannot show, and the cause is logged once however many requests and re-reads follow.
 */
class IdentityStoreFaultsTest {

    @AutoClose
    private TestSite site;

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("a store that throws", (IdentityStoreSource) kind -> {
                    throw new IOException("Keystore was tampered with, or password was incorrect");
                }, "unreadable"),
                Arguments.of("no store at all", (IdentityStoreSource) kind -> null, "missing"),
                Arguments.of("an empty store", (IdentityStoreSource) kind -> emptyStore(), "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void pageSaysPlainlyWhichFingerprintsItCannotShow(String fault, IdentityStoreSource stores, String reason)
            throws Exception {
        site = new TestSite().identityStores(stores).start();

        TestSite.Response response = site.get(TestSite.PAGE);

        assertEquals(200, response.status());
        Document page = response.html();
        assertEquals(List.of(sentence("certificates.problem." + reason, "store.client"),
                sentence("certificates.problem." + reason, "store.server")),
                page.select("#fingerprints ~ p.notice").eachText());
        assertTrue(page.select("article.certificate").isEmpty());
        assertTrue(page.selectFirst("article.service") != null, "the rest of the page is gone");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void jsonViewNamesTheProblemPerStore(String fault, IdentityStoreSource stores, String reason) throws Exception {
        site = new TestSite().identityStores(stores).start();

        JsonNode json = site.get(TestSite.JSON).json();

        List<String> problems = new ArrayList<>();
        json.get("problems").forEach(p -> problems.add(p.get("connections").asText() + " " + p.get("reason").asText()));
        assertEquals(List.of("client " + reason, "server " + reason), problems);
        assertEquals(0, json.get("certificates").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void logsTheCauseOnceNotOncePerRequest(String fault, IdentityStoreSource stores, String reason)
            throws Exception {
        try (LogCapture log = LogCapture.start()) {
            site = new TestSite().identityStores(stores).start();
            for (int round = 0; round < 3; round++) {
                site.certificatesChanged();
                for (int i = 0; i < 10; i++) {
                    assertEquals(200, site.get(TestSite.PAGE + "?lang=" + (i % 2 == 0 ? "en" : "de")).status());
                    assertEquals(200, site.get(TestSite.JSON).status());
                }
            }
            assertEquals(1, log.count("Identity store for client connections"), log.text());
            assertEquals(1, log.count("Identity store for server connections"), log.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void showsTheFingerprintOnceTheStoreIsReadableAgain(String fault, IdentityStoreSource stores, String reason)
            throws Exception {
        site = new TestSite().identityStores(stores).start();
        assertTrue(site.get(TestSite.PAGE).html().select("article.certificate").isEmpty());

        site.replaceKeyStore(TestSite.defaultKeyStore());

        Document page = site.get(TestSite.PAGE).html();
        assertEquals(1, page.select("article.certificate").size());
        assertTrue(page.select("#fingerprints ~ p.notice").isEmpty());
    }

    /** The English sentence of {@code key} about the store named by {@code storeKey}. */
    private static String sentence(String key, String storeKey) {
        return new MessageFormat(EnglishBundle.text(key), Locale.ENGLISH)
                .format(new Object[] {EnglishBundle.text(storeKey)});
    }

    private static KeyStore emptyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}
