package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CertificateFacts#daysLeft} and {@link CertificateFacts#expiryState} at fixed moments. */
class CertificateExpiryTest {

    private static final Instant NOT_BEFORE = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2025-09-01T00:00:00Z");
    private static final CertificateFacts CERTIFICATE = new CertificateFacts("CN=example.org", "CN=example.org",
            List.of("example.org"), "EC", 256, NOT_BEFORE, NOT_AFTER, true,
            new Fingerprints("00", "00", "00", "AA=="), Set.of(IdentityStoreKind.CLIENT));

    /** A moment relative to the validity period, and the certificate's state then. */
    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of("not yet valid before its notBefore", NOT_BEFORE.minusSeconds(1),
                        ExpiryState.NOT_YET_VALID),
                Arguments.of("valid from its notBefore", NOT_BEFORE, ExpiryState.VALID),
                Arguments.of("still valid with fourteen days left", NOT_AFTER.minus(Duration.ofDays(14)),
                        ExpiryState.VALID),
                Arguments.of("expiring soon with less than fourteen days left",
                        NOT_AFTER.minus(Duration.ofDays(14)).plusSeconds(1), ExpiryState.EXPIRING_SOON),
                Arguments.of("expiring soon in its last second", NOT_AFTER.minusSeconds(1), ExpiryState.EXPIRING_SOON),
                Arguments.of("expired from its notAfter", NOT_AFTER, ExpiryState.EXPIRED));
    }

    @ParameterizedTest(name = "is {0}")
    @MethodSource("states")
    void hasTheExpiryStateOfTheMoment(String rule, Instant moment, ExpiryState state) {
        assertEquals(state, CERTIFICATE.expiryState(moment));
    }

    /** A moment relative to the end of the validity period, and the whole days left then. */
    static Stream<Arguments> daysLeft() {
        return Stream.of(
                Arguments.of("counts whole days left", NOT_AFTER.minus(Duration.ofDays(30)).minus(Duration.ofHours(23)),
                        30L),
                Arguments.of("has no whole day left in its last day", NOT_AFTER.minus(Duration.ofHours(23)), 0L),
                Arguments.of("counts negative days once expired", NOT_AFTER.plusSeconds(1), -1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("daysLeft")
    void countsTheDaysLeft(String rule, Instant moment, long days) {
        assertEquals(days, CERTIFICATE.daysLeft(moment));
    }

    @Test
    void fixtureThatExpiredIn2020IsExpired() {
        CertificateFacts expired = FixtureCertificate.load(FixtureCertificate.EXPIRED_EC)
                .facts(IdentityStoreKind.SERVER);

        assertEquals(ExpiryState.EXPIRED, expired.expiryState(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void fixtureValidUntil2050IsValidIn2026() {
        CertificateFacts valid = FixtureCertificate.load(FixtureCertificate.EXAMPLE_ORG_RSA)
                .facts(IdentityStoreKind.CLIENT);

        assertEquals(ExpiryState.VALID, valid.expiryState(Instant.parse("2026-01-01T00:00:00Z")));
    }
}
