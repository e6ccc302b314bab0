package org.conferencehelp.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.tls.CertificateCoverage;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.CertificateUse;

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
        List<CertificateUse> previousCertificates,
        long version,
        Instant lastModified) {

    public ServerFacts {
        previousCertificates = List.copyOf(previousCertificates);
    }

    /** Before anything was read: no directory, no certificates, settings unknown. */
    static ServerFacts initial(String xmppDomain) {
        return new ServerFacts(xmppDomain, DirectorySnapshot.UNAVAILABLE, ServerSettings.unknown(xmppDomain),
                CertificateInventory.EMPTY, List.of(), 0, Instant.EPOCH);
    }

    ServerFacts withDirectory(DirectorySnapshot directory) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified);
    }

    ServerFacts withSettings(ServerSettings settings) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified);
    }

    ServerFacts withCertificates(CertificateInventory certificates, List<CertificateUse> previousCertificates) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified);
    }

    ServerFacts withPreviousCertificates(List<CertificateUse> previousCertificates) {
        return withCertificates(certificates, previousCertificates);
    }

    /** The same content as a new version. */
    ServerFacts withVersion(long version, Instant lastModified) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified);
    }

    /** Whether a page would show the same: everything but the version and its date. */
    boolean sameContent(ServerFacts other) {
        return directory.equals(other.directory) && settings.equals(other.settings)
                && certificates.equals(other.certificates) && previousCertificates.equals(other.previousCertificates);
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
