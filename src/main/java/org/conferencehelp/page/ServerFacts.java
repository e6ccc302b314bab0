package org.conferencehelp.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.tls.CertificateCoverage;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.PreviousCertificate;

/**
 * Everything the pages show, as one immutable snapshot: replaced whole when anything changes, so that a request
 * sees either the old facts or the new ones, never a mix.
 *
 * @param version      grows with every change; rendered pages are cached per version
 * @param lastModified when the facts last changed (the pages' {@code Last-Modified})
 */
public record ServerFacts(
        String xmppDomain,
        DirectorySnapshot directory,
        ServerSettings settings,
        CertificateInventory certificates,
        List<PreviousCertificate> previousCertificates,
        long version,
        Instant lastModified) {

    public ServerFacts {
        previousCertificates = List.copyOf(previousCertificates);
    }

    /** The names users connect to: the XMPP domain, then each conference service address. */
    public List<String> connectionNames() {
        List<String> names = new ArrayList<>();
        names.add(xmppDomain);
        directory.services().forEach(service -> {
            if (!names.contains(service.domain())) {
                names.add(service.domain());
            }
        });
        return names;
    }

    public CertificateCoverage coverage() {
        return certificates.coverage(connectionNames());
    }
}
