package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Certificates replaced again and again while hundreds of requests are in flight from several threads. */
class KeyStoreReplacedUnderLoadTest {

    @Test
    void everyRequestGetsAWholePageWithOneOfTheCertificates() throws Exception {
        KeyStore first = TestSite.newKeyStore();
        KeyStore second = TestSite.newKeyStore();
        Set<String> either = Set.of(CertificateOracle.sha256(TestSite.certificateOf(first)),
                CertificateOracle.sha256(TestSite.certificateOf(second)));
        AtomicInteger changes = new AtomicInteger();
        try (TestSite site = new TestSite().identityStores(kind -> first).start()) {
            List<TestSite.Response> responses = Concurrently.request(site, 4, 75, TestSite.PAGE,
                    () -> site.replaceKeyStore(changes.incrementAndGet() % 2 == 0 ? first : second));

            assertEquals(300, responses.size());
            for (TestSite.Response response : responses) {
                assertEquals(200, response.status());
                Document page = response.html();
                List<String> current = page.select("article.certificate code.fingerprint[data-copy]")
                        .eachAttr("data-copy");
                assertEquals(2, current.size(), "not one whole certificate: " + current);
                assertTrue(either.contains(current.get(0)), "an unknown SHA-256: " + current.get(0));
                assertTrue(page.select("#fingerprints ~ p.notice").isEmpty(), "a store problem was reported");
            }
        }
    }
}
