package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.FixtureStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The page names Openfire's identity stores in words ("XMPP clients", "other XMPP servers") whatever the server's
 * default locale: in Turkish, "CLIENT".toLowerCase() is "clıent" (dotless ı), which is no bundle key.
 */
@ResourceLock(Resources.LOCALE)
class StoreWordsTest {

    private static final Messages ENGLISH = Messages.load(StoreWordsTest.class.getClassLoader()).get(Language.EN);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private Locale serverLocale;

    @BeforeEach
    void runOnATurkishServer() {
        serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(serverLocale);
    }

    @Test
    void certificateSaysWhichConnectionsItIsPresentedTo() {
        KeyStore client = FixtureStores.load(FixtureStores.CLIENT_P12);
        PageModel model = model(CertificateInventory.read(FixtureStores.source(client, null)));

        assertEquals(List.of(EnglishBundle.text("store.client")), model.certificates().current().get(0).stores());
    }

    @Test
    void storeProblemNamesTheConnectionsItConcerns() {
        KeyStore server = FixtureStores.load(FixtureStores.SERVER_JKS);
        PageModel model = model(CertificateInventory.read(FixtureStores.source(null, server)));

        assertEquals(List.of(EnglishBundle.text("certificates.problem.missing")
                        .replace("{0}", EnglishBundle.text("store.client"))),
                model.certificates().problems());
    }

    private static PageModel model(CertificateInventory inventory) {
        ServerFacts facts = new ServerFacts("example.org", new DirectorySnapshot(List.of(), true),
                ServerSettings.unknown("example.org"), inventory, List.of(), 1, NOW);
        return PageModel.of(HelpPage.CONFERENCES, facts, ENGLISH);
    }
}
