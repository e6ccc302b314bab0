package org.conferencehelp.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.tls.CertificateCoverage;
import org.conferencehelp.tls.CertificateFacts;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.CertificateUse;
import org.conferencehelp.tls.IdentityStoreKind;

/** The certificate section of the page model: which certificates, warnings and fingerprints, in which words. */
final class CertificateSection {

    private CertificateSection() {
    }

    /** The section as of {@link ServerFacts#asOf()}: days left and warnings are stated for that instant. */
    static PageModel.Certificates of(ServerFacts facts, Messages t) {
        Instant now = facts.asOf();
        CertificateCoverage coverage = facts.coverage();
        List<PageModel.CertificateView> current = new ArrayList<>();
        for (CertificateCoverage.Entry entry : coverage.entries()) {
            current.add(certificate(entry, facts, t, now));
        }
        // Clients connect to the XMPP domain; only other servers connect to a conference service's address.
        List<String> uncovered = coverage.uncoveredNames().stream()
                .map(name -> t.format(name.equals(facts.xmppDomain()) ? "certificates.uncovered"
                        : "certificates.uncovered.server", name)).toList();
        List<String> problems = new ArrayList<>();
        for (CertificateInventory.StoreProblem problem : facts.certificates().problems()) {
            String store = t.get("store." + problem.store().name().toLowerCase(Locale.ROOT));
            problems.add(t.format(switch (problem.reason()) {
                case MISSING -> "certificates.problem.missing";
                case UNREADABLE -> "certificates.problem.unreadable";
                case EMPTY -> "certificates.problem.empty";
            }, store));
        }
        if (facts.certificates().differingNodes() > 0) {
            problems.add(t.format("certificates.nodes-differ", facts.certificates().differingNodes()));
        }
        List<PageModel.PreviousView> previous = new ArrayList<>();
        for (CertificateUse old : facts.previousCertificates()) {
            previous.add(new PageModel.PreviousView(old.names(), old.sha256(), groups(old.sha256()), old.sha1(),
                    groups(old.sha1()), t.format("certificates.previous.in-use",
                            Dates.date(old.inUseFrom(), t.language()),
                            Dates.date(old.inUseUntil(), t.language()))));
        }
        return new PageModel.Certificates(current, uncovered, problems, previous);
    }

    private static PageModel.CertificateView certificate(CertificateCoverage.Entry entry, ServerFacts facts,
                                                         Messages t, Instant now) {
        CertificateFacts c = entry.certificate();
        ServerSettings settings = facts.settings();
        Language language = t.language();
        List<PageModel.Warning> warnings = new ArrayList<>();
        long days = c.daysLeft(now);
        switch (c.expiryState(now)) {
            case EXPIRED -> warnings.add(new PageModel.Warning("danger", t.format("certificate.warning.expired",
                    Dates.date(c.notAfter(), language))));
            case EXPIRING_SOON -> warnings.add(new PageModel.Warning("warning",
                    t.format("certificate.warning.expiring", days)));
            case NOT_YET_VALID -> warnings.add(new PageModel.Warning("danger",
                    t.format("certificate.warning.not-yet-valid", Dates.date(c.notBefore(), language))));
            case VALID -> { }
        }
        if (facts.certificates().isPresented(c, IdentityStoreKind.CLIENT) && !c.covers(facts.xmppDomain())) {
            warnings.add(new PageModel.Warning("danger", t.format("certificate.warning.not-for-domain",
                    facts.xmppDomain())));
        }
        if (c.selfSigned()) {
            warnings.add(new PageModel.Warning("warning", t.get("certificate.warning.self-signed")));
        }
        List<String> tlsa = new ArrayList<>();
        List<String> stores = new ArrayList<>();
        for (IdentityStoreKind store : IdentityStoreKind.values()) {
            if (c.stores().contains(store)) {
                settings.listeners(store).forEach(listener -> settings.hosts().forEach(host ->
                        tlsa.add(settings.tlsaRecord(listener, host, c.fingerprints()))));
                stores.add(t.get("store." + store.name().toLowerCase(Locale.ROOT)));
            }
        }
        String daysLeft = days >= 0 ? t.format("certificate.days-left", days) : t.get("certificate.expired");
        // A certificate presented although it covers none of the page's names: what it is issued for instead.
        List<String> names = entry.coveredNames().isEmpty() ? c.names() : entry.coveredNames();
        return new PageModel.CertificateView(names, c.fingerprints().sha256(),
                groups(c.fingerprints().sha256()), c.fingerprints().sha1(), groups(c.fingerprints().sha1()),
                c.subject(), c.issuer(), t.get(c.selfSigned() ? "certificate.self-signed" : "certificate.ca-issued"),
                t.format("certificate.key.value", c.keyType(), c.keySize()), Dates.date(c.notBefore(), language),
                Dates.date(c.notAfter(), language), daysLeft, warnings, c.fingerprints().publicKeySha256Base64(),
                tlsa, stores, c.pem().isEmpty() ? "" : SitePaths.certificate(c.fingerprints().sha256()));
    }

    /** Splits {@code AB:CD:…} into runs of four bytes, each with its trailing colon, so lines break between them. */
    static List<String> groups(String fingerprint) {
        List<String> groups = new ArrayList<>();
        String[] bytes = fingerprint.split(":");
        for (int i = 0; i < bytes.length; i += 4) {
            StringBuilder group = new StringBuilder();
            for (int j = i; j < Math.min(i + 4, bytes.length); j++) {
                group.append(bytes[j]).append(j < bytes.length - 1 ? ":" : "");
            }
            groups.add(group.toString());
        }
        return groups;
    }
}
