package org.conferencehelp.tls;

import java.time.Instant;
import java.util.List;

/**
 * When the server presented a certificate: from {@code inUseFrom}, until {@code inUseUntil}, or still presented
 * ({@code inUseUntil} is {@code null}). The page keeps a replaced certificate's fingerprints for a while.
 */
public record CertificateUse(String sha1, String sha256, List<String> names, Instant inUseFrom,
                             Instant inUseUntil) {
    public CertificateUse {
        names = List.copyOf(names);
    }

    /** The same use, ended at the given instant: the certificate was replaced. */
    CertificateUse endedAt(Instant until) {
        return new CertificateUse(sha1, sha256, names, inUseFrom, until);
    }
}
