package org.conferencehelp.tls;

/** How a certificate's validity period stands at a given moment, as a user's client would judge it. */
public enum ExpiryState {
    NOT_YET_VALID,
    VALID,
    /** Valid, but for fewer than {@link CertificateFacts#EXPIRY_WARNING_DAYS} more days. */
    EXPIRING_SOON,
    EXPIRED
}
