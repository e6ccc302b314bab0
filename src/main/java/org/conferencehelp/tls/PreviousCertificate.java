package org.conferencehelp.tls;

import java.time.Instant;
import java.util.List;

/** A certificate the server presented before, kept on the page for a while after it was replaced. */
public record PreviousCertificate(String sha1, String sha256, List<String> names, Instant inUseFrom,
                                  Instant inUseUntil) {
    public PreviousCertificate {
        names = List.copyOf(names);
    }
}
