package org.conferencehelp.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.tls.CertificateCoverage;
import org.conferencehelp.tls.CertificateFacts;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.CertificateUse;

/**
 * Everything the pages show, as one immutable snapshot: replaced whole when anything changes, so that a request
 * sees either the old facts or the new ones, never a mix. Time is one of the things that change: what a page says
 * of days left and expiry is said as of {@code asOf}, and moving on to a day that reads differently is a change.
 *
 * @param version      grows with every change; rendered pages are cached per version
 * @param lastModified when the facts last changed (the pages' {@code Last-Modified})
 * @param asOf         the instant the certificates' days left and expiry warnings are stated for
 * @param content      which sections the administrator publishes, and their own words
 * @param clustered    whether the pages are served by the nodes of a cluster: then they state nothing that is one
 *                     node's own, such as when this node noticed the last change, so every node serves the same bytes
 */
public record ServerFacts(
        String xmppDomain,
        DirectorySnapshot directory,
        ServerSettings settings,
        CertificateInventory certificates,
        List<CertificateUse> previousCertificates,
        long version,
        Instant lastModified,
        Instant asOf,
        PageContent content,
        boolean clustered) {

    public ServerFacts {
        previousCertificates = List.copyOf(previousCertificates);
    }

    /** The facts of a server on its own. */
    public ServerFacts(String xmppDomain, DirectorySnapshot directory, ServerSettings settings,
                       CertificateInventory certificates, List<CertificateUse> previousCertificates, long version,
                       Instant lastModified, Instant asOf) {
        this(xmppDomain, directory, settings, certificates, previousCertificates, version, lastModified, asOf,
                PageContent.DEFAULT, false);
    }

    /** Facts stated as of when they last changed. */
    public ServerFacts(String xmppDomain, DirectorySnapshot directory, ServerSettings settings,
                       CertificateInventory certificates, List<CertificateUse> previousCertificates, long version,
                       Instant lastModified) {
        this(xmppDomain, directory, settings, certificates, previousCertificates, version, lastModified,
                lastModified, PageContent.DEFAULT, false);
    }

    /** Before anything was read: no directory, no certificates, settings unknown. */
    static ServerFacts initial(String xmppDomain) {
        return new ServerFacts(xmppDomain, DirectorySnapshot.UNAVAILABLE, ServerSettings.unknown(xmppDomain),
                CertificateInventory.EMPTY, List.of(), 0, Instant.EPOCH, Instant.EPOCH, PageContent.DEFAULT,
                false);
    }

    ServerFacts withDirectory(DirectorySnapshot directory) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified, asOf, content, clustered);
    }

    ServerFacts withSettings(ServerSettings settings) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified, asOf, content, clustered);
    }

    ServerFacts withCertificates(CertificateInventory certificates, List<CertificateUse> previousCertificates) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified, asOf, content, clustered);
    }

    ServerFacts withPreviousCertificates(List<CertificateUse> previousCertificates) {
        return withCertificates(certificates, previousCertificates);
    }

    /** These facts as the administrator chose to publish them. */
    public ServerFacts withContent(PageContent content) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified, asOf, content, clustered);
    }

    ServerFacts withAsOf(Instant asOf) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified, asOf, content, clustered);
    }

    ServerFacts withClustered(boolean clustered) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified, asOf, content, clustered);
    }

    /** The same content as a new version. */
    ServerFacts withVersion(long version, Instant lastModified) {
        return new ServerFacts(xmppDomain, directory, settings, certificates, previousCertificates, version,
                lastModified, asOf, content, clustered);
    }

    /** Whether a page would show the same: the same facts, and the same days left and warnings. */
    boolean sameContent(ServerFacts other) {
        return clustered == other.clustered && directory.equals(other.directory) && settings.equals(other.settings)
                && certificates.equals(other.certificates) && previousCertificates.equals(other.previousCertificates)
                && ages().equals(other.ages()) && content.equals(other.content);
    }

    /** What the page says of each certificate's validity as of {@link #asOf()}. */
    List<CertificateFacts.Age> ages() {
        return certificates.certificates().stream().map(c -> c.age(asOf)).toList();
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
