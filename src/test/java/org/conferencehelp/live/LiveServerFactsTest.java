package org.conferencehelp.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.conferencehelp.tls.FingerprintHistory;
import org.conferencehelp.tls.FixtureStores;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.MutableClock;
import org.junit.jupiter.api.Test;

class LiveServerFactsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final AtomicReference<KeyStore> store = new AtomicReference<>(FixtureStores.load(FixtureStores.CLIENT_P12));
    private final AtomicReference<RuntimeException> storeFailure = new AtomicReference<>();
    private final AtomicReference<ServerSettings> settings = new AtomicReference<>(settings(FederationPolicy.TlsPolicy.OPTIONAL));

    private final LiveServerFacts facts = new LiveServerFacts("example.org", kind -> {
        if (storeFailure.get() != null) {
            throw storeFailure.get();
        }
        return store.get();
    }, settings::get, new FingerprintHistory(HistoryStorage.NONE, clock, () -> Duration.ofDays(30)), clock);

    @Test
    void aReplacedCertificateBecomesPreviousOnTheNextChange() {
        String before = facts.current().certificates().certificates().get(0).fingerprints().sha256();
        store.set(FixtureStores.load(FixtureStores.OTHERS_P12));
        clock.advance(Duration.ofDays(1));

        facts.certificatesChanged();

        assertTrue(facts.current().previousCertificates().stream().anyMatch(p -> p.sha256().equals(before)));
    }

    @Test
    void aStoreThatCannotBeReadDoesNotCountAsARenewal() {
        storeFailure.set(new IllegalStateException("store file is being rewritten"));

        facts.certificatesChanged();

        assertFalse(facts.current().certificates().problems().isEmpty(), "the page says it cannot read the store");
        assertTrue(facts.current().previousCertificates().isEmpty(), "nothing was replaced");
    }

    @Test
    void rereadingUnchangedSettingsKeepsTheVersionAndSoEveryCachedPage() {
        long version = facts.current().version();
        clock.advance(Duration.ofMinutes(5));

        facts.settingsChanged();
        facts.certificatesChanged();

        assertEquals(version, facts.current().version());
    }

    @Test
    void aChangedSettingMovesTheVersionAndTheLastModifiedTime() {
        ServerFacts before = facts.current();
        clock.advance(Duration.ofSeconds(10));
        settings.set(settings(FederationPolicy.TlsPolicy.REQUIRED));

        facts.settingsChanged();

        assertTrue(facts.current().version() > before.version());
        assertTrue(facts.current().lastModified().isAfter(before.lastModified()));
        assertEquals(FederationPolicy.TlsPolicy.REQUIRED, facts.current().settings().federation().tls());
    }

    @Test
    void twoChangesWithinOneSecondStillGetDistinctHttpDates() {
        ServerFacts before = facts.current();
        settings.set(settings(FederationPolicy.TlsPolicy.REQUIRED));
        facts.settingsChanged();
        ServerFacts after = facts.current();

        assertTrue(after.lastModified().getEpochSecond() > before.lastModified().getEpochSecond());
    }

    @Test
    void settingsThatCannotBeReadAreShownAsUnknown() {
        LiveServerFacts broken = new LiveServerFacts("example.org", kind -> store.get(), () -> {
            throw new IllegalStateException("connection manager not started");
        }, new FingerprintHistory(HistoryStorage.NONE, clock, () -> Duration.ofDays(30)), clock);

        assertFalse(broken.current().settings().federation().available());
    }

    private static ServerSettings settings(FederationPolicy.TlsPolicy tls) {
        return new ServerSettings(new FederationPolicy(true, tls, true, false, true), "xmpp.example.org", 5222, 5269);
    }
}
