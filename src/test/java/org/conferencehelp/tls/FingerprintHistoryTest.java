package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprints of replaced certificates stay on the page for the retention, across restarts, within bounds. */
class FingerprintHistoryTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private static final CertificateFacts RSA = FixtureCertificate.load(FixtureCertificate.EXAMPLE_ORG_RSA)
            .facts(IdentityStoreKind.CLIENT);
    private static final CertificateFacts EC = FixtureCertificate.load(FixtureCertificate.CONFERENCE_EC)
            .facts(IdentityStoreKind.CLIENT);
    private static final CertificateFacts OTHER = FixtureCertificate.load(FixtureCertificate.OTHER_TEST)
            .facts(IdentityStoreKind.CLIENT);
    /** Has no subjectAltName, so no names. */
    private static final CertificateFacts NAMELESS = FixtureCertificate.load(FixtureCertificate.CN_ONLY)
            .facts(IdentityStoreKind.CLIENT);

    @TempDir
    Path folder;
    private Path file;
    private MutableClock clock;
    private final AtomicReference<Duration> retention = new AtomicReference<>(RETENTION);

    @BeforeEach
    void setUp() {
        file = folder.resolve("history").resolve("fingerprints.txt");
        clock = new MutableClock(START);
    }

    /** A history over the test's file, as after a (re)start of the plugin. */
    private FingerprintHistory started() {
        return new FingerprintHistory(new FileHistoryStorage(file), clock, retention::get);
    }

    @Test
    void certificateInUseIsNotPrevious() {
        assertEquals(List.of(), started().update(List.of(RSA)));
    }

    @Test
    void showsAReplacedCertificateAsPrevious() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));

        List<CertificateUse> previous = history.update(List.of(EC));

        assertEquals(List.of(RSA.fingerprints().sha256()), sha256s(previous));
    }

    @Test
    void previousCertificateKeepsItsFingerprintsAndNames() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));

        CertificateUse previous = history.update(List.of(EC)).get(0);

        assertEquals(List.of(RSA.fingerprints().sha1(), RSA.fingerprints().sha256(), RSA.names()),
                List.of(previous.sha1(), previous.sha256(), previous.names()));
    }

    @Test
    void previousCertificateWasInUseUntilItWasReplaced() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));

        CertificateUse previous = history.update(List.of(EC)).get(0);

        assertEquals(START.plus(Duration.ofDays(2)), previous.inUseUntil());
    }

    @Test
    void certificateFoundOnTheVeryFirstLookIsTakenToBeInUseSinceItsNotBefore() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));

        CertificateUse previous = history.update(List.of(EC)).get(0);

        assertEquals(RSA.notBefore(), previous.inUseFrom());
    }

    @Test
    void certificateThatAppearsLaterIsInUseFromWhenItWasFirstSeen() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));
        history.update(List.of(EC));
        clock.advance(Duration.ofDays(3));

        CertificateUse previous = history.update(List.of(OTHER)).get(0);

        assertEquals(List.of(EC.fingerprints().sha256(), START.plus(Duration.ofDays(2)), START.plus(Duration.ofDays(5))),
                List.of(previous.sha256(), previous.inUseFrom(), previous.inUseUntil()));
    }

    @Test
    void listsTheMostRecentlyReplacedCertificateFirst() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(1));
        history.update(List.of(EC));
        clock.advance(Duration.ofDays(1));

        List<CertificateUse> previous = history.update(List.of(OTHER));

        assertEquals(List.of(EC.fingerprints().sha256(), RSA.fingerprints().sha256()), sha256s(previous));
    }

    @Test
    void showsPreviousFingerprintForThirtyDaysAfterRotation() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofHours(1));
        history.update(List.of(EC));

        clock.advance(RETENTION);

        assertEquals(List.of(RSA.fingerprints().sha256()), sha256s(history.previous()));
    }

    @Test
    void dropsPreviousFingerprintOnceThirtyDaysHavePassed() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofHours(1));
        history.update(List.of(EC));

        clock.advance(RETENTION.plusSeconds(1));

        assertEquals(List.of(), history.previous());
    }

    @Test
    void appliesAChangedRetentionWithoutARestart() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofHours(1));
        history.update(List.of(EC));
        clock.advance(Duration.ofDays(8));

        retention.set(Duration.ofDays(7));

        assertEquals(List.of(), history.previous());
    }

    @Test
    void previousFingerprintSurvivesARestart() {
        FingerprintHistory before = started();
        before.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));
        List<CertificateUse> shown = before.update(List.of(EC));

        FingerprintHistory after = started();

        assertEquals(shown, after.previous());
    }

    @Test
    void previousFingerprintStillExpiresAfterARestart() {
        FingerprintHistory before = started();
        before.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));
        before.update(List.of(EC));

        clock.advance(RETENTION.plusSeconds(1));

        assertEquals(List.of(), started().previous());
    }

    @Test
    void certificateInUseKeepsItsFirstSeenDateAcrossARestart() {
        FingerprintHistory before = started();
        before.update(List.of(RSA));
        clock.advance(Duration.ofDays(2));
        before.update(List.of(EC));
        clock.advance(Duration.ofDays(1));
        FingerprintHistory after = started();
        after.update(List.of(EC)); // the stores read at start: nothing changed
        clock.advance(Duration.ofDays(1));

        CertificateUse previous = after.update(List.of(OTHER)).get(0);

        assertEquals(START.plus(Duration.ofDays(2)), previous.inUseFrom());
    }

    @Test
    void certificateWithoutNamesSurvivesARestart() {
        FingerprintHistory before = started();
        before.update(List.of(NAMELESS));
        clock.advance(Duration.ofDays(2));
        List<CertificateUse> shown = before.update(List.of(EC));

        assertEquals(shown, started().previous());
    }

    @Test
    void certificatePutBackIsCurrentAgainNotPrevious() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(1));
        history.update(List.of(EC));
        clock.advance(Duration.ofDays(1));

        List<CertificateUse> previous = history.update(List.of(RSA));

        assertEquals(List.of(EC.fingerprints().sha256()), sha256s(previous));
    }

    @Test
    void certificateStillPresentBesideANewOneIsNotPrevious() {
        FingerprintHistory history = started();
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(1));

        assertEquals(List.of(), history.update(List.of(RSA, EC)));
    }

    @Test
    void neverHoldsMoreThanMaxPreviousEntries() {
        FingerprintHistory history = started();
        for (int i = 0; i <= FingerprintHistory.MAX_PREVIOUS + 5; i++) {
            history.update(List.of(numbered(i)));
            clock.advance(Duration.ofHours(1));
        }

        assertEquals(FingerprintHistory.MAX_PREVIOUS, history.previous().size());
    }

    @Test
    void keepsTheMostRecentlyReplacedWhenOverTheBound() {
        FingerprintHistory history = started();
        int last = FingerprintHistory.MAX_PREVIOUS + 5;
        for (int i = 0; i <= last; i++) {
            history.update(List.of(numbered(i)));
            clock.advance(Duration.ofHours(1));
        }

        List<CertificateUse> previous = history.previous();

        assertEquals(List.of(numbered(last - 1).fingerprints().sha256(),
                        numbered(last - FingerprintHistory.MAX_PREVIOUS).fingerprints().sha256()),
                List.of(previous.get(0).sha256(), previous.get(previous.size() - 1).sha256()));
    }

    @Test
    void boundAlsoHoldsAfterARestart() {
        FingerprintHistory before = started();
        for (int i = 0; i <= FingerprintHistory.MAX_PREVIOUS + 5; i++) {
            before.update(List.of(numbered(i)));
            clock.advance(Duration.ofHours(1));
        }

        assertEquals(FingerprintHistory.MAX_PREVIOUS, started().previous().size());
    }

    @Test
    void corruptedHistoryFileIsIgnoredWithoutThrowing() throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {(byte) 0xff, 0, 'x', '\t', '\n', (byte) 0xc3, '\t', '\t', '\t', '\t', '\t'});
        FingerprintHistory history = started();

        List<CertificateUse> previous = assertDoesNotThrow(() -> history.update(List.of(RSA)));

        assertEquals(List.of(), previous);
    }

    @Test
    void damagedLineIsDroppedAndTheRestOfTheHistoryKept() throws IOException {
        FingerprintHistory before = started();
        before.update(List.of(RSA));
        clock.advance(Duration.ofDays(1));
        before.update(List.of(EC));
        clock.advance(Duration.ofDays(1));
        List<CertificateUse> shown = before.update(List.of(OTHER));
        String damaged = "previous\tAB:CD\tEF\tnot-a-number\t12\texample.org\n"
                + Files.readString(file, StandardCharsets.UTF_8) + "garbage\n";
        Files.writeString(file, damaged, StandardCharsets.UTF_8);

        assertEquals(shown, started().previous());
    }

    @Test
    void historyThatCannotBeSavedStillShowsPreviousCertificates() {
        HistoryStorage readOnly = new HistoryStorage() {
            @Override
            public String load() {
                return "";
            }

            @Override
            public void save(String text) throws IOException {
                throw new IOException("read-only file system");
            }
        };
        FingerprintHistory history = new FingerprintHistory(readOnly, clock, retention::get);
        history.update(List.of(RSA));
        clock.advance(Duration.ofDays(1));

        assertEquals(List.of(RSA.fingerprints().sha256()), sha256s(history.update(List.of(EC))));
    }

    @Test
    void historyThatCannotBeLoadedStartsAfresh() {
        HistoryStorage unreadable = new HistoryStorage() {
            @Override
            public String load() throws IOException {
                throw new IOException("permission denied");
            }

            @Override
            public void save(String text) {
            }
        };
        FingerprintHistory history = new FingerprintHistory(unreadable, clock, retention::get);

        assertEquals(List.of(), assertDoesNotThrow(() -> history.update(List.of(RSA))));
    }

    /** A made-up certificate whose fingerprints encode {@code n}. */
    private static CertificateFacts numbered(int n) {
        byte[] sha256 = new byte[32];
        byte[] sha1 = new byte[20];
        sha256[31] = (byte) n;
        sha1[19] = (byte) n;
        HexFormat hex = HexFormat.ofDelimiter(":").withUpperCase();
        return new CertificateFacts("CN=example.org", "CN=example.org", List.of("example.org"), "EC", 256,
                START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(365)), true,
                new Fingerprints(hex.formatHex(sha1), hex.formatHex(sha256), "00", "AA=="),
                Set.of(IdentityStoreKind.CLIENT));
    }

    private static List<String> sha256s(List<CertificateUse> previous) {
        return previous.stream().map(CertificateUse::sha256).toList();
    }
}
