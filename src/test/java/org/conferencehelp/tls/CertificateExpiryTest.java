package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CertificateFacts#daysLeft} and {@link CertificateFacts#expiryState} at fixed moments. */
class CertificateExpiryTest {

    private static final Instant NOT_BEFORE = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2025-09-01T00:00:00Z");
    private static final CertificateFacts CERTIFICATE = new CertificateFacts("CN=example.org", "CN=example.org",
            List.of("example.org"), "EC", 256, NOT_BEFORE, NOT_AFTER, true,
            new Fingerprints("00", "00", "00", "AA=="), Set.of(IdentityStoreKind.CLIENT));

    @Test
    void isNotYetValidBeforeItsNotBefore() {
        assertEquals(ExpiryState.NOT_YET_VALID, CERTIFICATE.expiryState(NOT_BEFORE.minusSeconds(1)));
    }

    @Test
    void isValidFromItsNotBefore() {
        assertEquals(ExpiryState.VALID, CERTIFICATE.expiryState(NOT_BEFORE));
    }

    @Test
    void isStillValidWithFourteenDaysLeft() {
        assertEquals(ExpiryState.VALID, CERTIFICATE.expiryState(NOT_AFTER.minus(Duration.ofDays(14))));
    }

    @Test
    void isExpiringSoonWithLessThanFourteenDaysLeft() {
        assertEquals(ExpiryState.EXPIRING_SOON,
                CERTIFICATE.expiryState(NOT_AFTER.minus(Duration.ofDays(14)).plusSeconds(1)));
    }

    @Test
    void isExpiringSoonInItsLastSecond() {
        assertEquals(ExpiryState.EXPIRING_SOON, CERTIFICATE.expiryState(NOT_AFTER.minusSeconds(1)));
    }

    @Test
    void isExpiredFromItsNotAfter() {
        assertEquals(ExpiryState.EXPIRED, CERTIFICATE.expiryState(NOT_AFTER));
    }

    @Test
    void countsWholeDaysLeft() {
        assertEquals(30, CERTIFICATE.daysLeft(NOT_AFTER.minus(Duration.ofDays(30)).minus(Duration.ofHours(23))));
    }

    @Test
    void hasNoWholeDayLeftInItsLastDay() {
        assertEquals(0, CERTIFICATE.daysLeft(NOT_AFTER.minus(Duration.ofHours(23))));
    }

    @Test
    void countsNegativeDaysOnceExpired() {
        assertEquals(-1, CERTIFICATE.daysLeft(NOT_AFTER.plusSeconds(1)));
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
