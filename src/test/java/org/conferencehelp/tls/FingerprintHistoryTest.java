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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fingerprints of replaced certificates stay on the page for the retention, across restarts, within bounds. */
class FingerprintHistoryTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    /** How many certificates the bound tests replace: more than the history may hold. */
    private static final int OVER_THE_BOUND = FingerprintHistory.MAX_PREVIOUS + 5;

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
        List<CertificateUse> previous = rotate(started(), Duration.ofDays(2), RSA, EC);

        assertEquals(List.of(RSA.fingerprints().sha256()), sha256s(previous));
    }

    @Test
    void previousCertificateKeepsItsFingerprintsAndNames() {
        CertificateUse previous = rotate(started(), Duration.ofDays(2), RSA, EC).get(0);

        assertEquals(List.of(RSA.fingerprints().sha1(), RSA.fingerprints().sha256(), RSA.names()),
                List.of(previous.sha1(), previous.sha256(), previous.names()));
    }

    @Test
    void previousCertificateWasInUseUntilItWasReplaced() {
        CertificateUse previous = rotate(started(), Duration.ofDays(2), RSA, EC).get(0);

        assertEquals(START.plus(Duration.ofDays(2)), previous.inUseUntil());
    }

    @Test
    void certificateFoundOnTheVeryFirstLookIsTakenToBeInUseSinceItsNotBefore() {
        assertEquals(RSA.notBefore(), rotate(started(), Duration.ofDays(2), RSA, EC).get(0).inUseFrom());
    }

    @Test
    void certificateThatAppearsLaterIsInUseFromWhenItWasFirstSeen() {
        FingerprintHistory history = started();
        rotate(history, Duration.ofDays(2), RSA, EC);
        clock.advance(Duration.ofDays(3));

        CertificateUse previous = history.update(List.of(OTHER)).get(0);

        assertEquals(List.of(EC.fingerprints().sha256(), START.plus(Duration.ofDays(2)),
                        START.plus(Duration.ofDays(5))),
                List.of(previous.sha256(), previous.inUseFrom(), previous.inUseUntil()));
    }

    @Test
    void listsTheMostRecentlyReplacedCertificateFirst() {
        List<CertificateUse> previous = rotate(started(), Duration.ofDays(1), RSA, EC, OTHER);

        assertEquals(List.of(EC.fingerprints().sha256(), RSA.fingerprints().sha256()), sha256s(previous));
    }

    @Test
    void showsPreviousFingerprintForThirtyDaysAfterRotation() {
        FingerprintHistory history = started();
        rotate(history, Duration.ofHours(1), RSA, EC);

        clock.advance(RETENTION);

        assertEquals(List.of(RSA.fingerprints().sha256()), sha256s(history.previous()));
    }

    @Test
    void dropsPreviousFingerprintOnceThirtyDaysHavePassed() {
        FingerprintHistory history = started();
        rotate(history, Duration.ofHours(1), RSA, EC);

        clock.advance(RETENTION.plusSeconds(1));

        assertEquals(List.of(), history.previous());
    }

    @Test
    void appliesAChangedRetentionWithoutARestart() {
        FingerprintHistory history = started();
        rotate(history, Duration.ofHours(1), RSA, EC);
        clock.advance(Duration.ofDays(8));

        retention.set(Duration.ofDays(7));

        assertEquals(List.of(), history.previous());
    }

    /** A certificate without names once broke the saved history, so each kind is checked. */
    static Stream<Named<CertificateFacts>> replacedCertificates() {
        return Stream.of(Named.of("with names", RSA), Named.of("without names", NAMELESS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replacedCertificates")
    void previousFingerprintSurvivesARestart(CertificateFacts replaced) {
        List<CertificateUse> shown = rotate(started(), Duration.ofDays(2), replaced, EC);

        assertEquals(shown, started().previous());
    }

    @Test
    void previousFingerprintStillExpiresAfterARestart() {
        rotate(started(), Duration.ofDays(2), RSA, EC);

        clock.advance(RETENTION.plusSeconds(1));

        assertEquals(List.of(), started().previous());
    }

    @Test
    void certificateInUseKeepsItsFirstSeenDateAcrossARestart() {
        rotate(started(), Duration.ofDays(2), RSA, EC);
        clock.advance(Duration.ofDays(1));
        // After the restart the stores are read at start (nothing changed), and a day later the certificate goes.
        CertificateUse previous = rotate(started(), Duration.ofDays(1), EC, OTHER).get(0);

        assertEquals(START.plus(Duration.ofDays(2)), previous.inUseFrom());
    }

    @Test
    void certificatePutBackIsCurrentAgainNotPrevious() {
        List<CertificateUse> previous = rotate(started(), Duration.ofDays(1), RSA, EC, RSA);

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
        rotate(history, Duration.ofHours(1), numberedUpTo(OVER_THE_BOUND));

        assertEquals(FingerprintHistory.MAX_PREVIOUS, history.previous().size());
    }

    @Test
    void keepsTheMostRecentlyReplacedWhenOverTheBound() {
        List<CertificateUse> previous = rotate(started(), Duration.ofHours(1), numberedUpTo(OVER_THE_BOUND));

        assertEquals(List.of(numbered(OVER_THE_BOUND - 1).fingerprints().sha256(),
                        numbered(OVER_THE_BOUND - FingerprintHistory.MAX_PREVIOUS).fingerprints().sha256()),
                List.of(previous.get(0).sha256(), previous.get(previous.size() - 1).sha256()));
    }

    @Test
    void boundAlsoHoldsAfterARestart() {
        rotate(started(), Duration.ofHours(1), numberedUpTo(OVER_THE_BOUND));

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
        List<CertificateUse> shown = rotate(started(), Duration.ofDays(1), RSA, EC, OTHER);
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

        List<CertificateUse> previous = rotate(history, Duration.ofDays(1), RSA, EC);

        assertEquals(List.of(RSA.fingerprints().sha256()), sha256s(previous));
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

    /**
     * Puts the certificates in use one after the other, {@code apart} apart, as the stores would show them; returns
     * what the last change listed as previous.
     */
    private List<CertificateUse> rotate(FingerprintHistory history, Duration apart, CertificateFacts... inTurn) {
        List<CertificateUse> previous = history.update(List.of(inTurn[0]));
        for (int i = 1; i < inTurn.length; i++) {
            clock.advance(apart);
            previous = history.update(List.of(inTurn[i]));
        }
        return previous;
    }

    /** Made-up certificates 0 to {@code last}, in that order. */
    private static CertificateFacts[] numberedUpTo(int last) {
        return IntStream.rangeClosed(0, last).mapToObj(FingerprintHistoryTest::numbered)
                .toArray(CertificateFacts[]::new);
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
