package org.conferencehelp.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.FederationPolicy;
import org.conferencehelp.chat.Room;
import org.conferencehelp.tls.CertificateCoverage;
import org.conferencehelp.tls.CertificateFacts;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.IdentityStoreKind;
import org.conferencehelp.tls.PreviousCertificate;

/**
 * What one page shows in one language, every decision made: which sections appear and in which words. Templates
 * only lay it out. Built from a {@link ServerFacts} snapshot when a page is (re)rendered, never per request.
 */
public record PageModel(
        Language language,
        Messages t,
        String domain,
        List<LanguageLink> languages,
        Conferences conferences,
        Federation federation,
        Certificates certificates,
        String updated) {

    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /** The conference section: {@code available} false when the server could not be asked. */
    public record Conferences(boolean available, List<ServiceView> services) {
        public boolean any() {
            return !services.isEmpty();
        }
    }

    /** @param hasRooms whether the service has any discoverable room, shown or not */
    public record ServiceView(String domain, String description, String joinUri, TrustedHtml qr, List<RoomView> rooms,
                              String more, String roomCount, boolean hasRooms) {
    }

    public record RoomView(String name, String address, String description, String subject, String occupants,
                           List<String> badges, String joinUri, TrustedHtml qr, String qrLabel) {
    }

    /** The federation section: sentences in the order the page says them. */
    public record Federation(boolean available, boolean enabled, List<String> statements) {
    }

    public record Certificates(List<CertificateView> current, List<String> uncovered, List<String> problems,
                               List<PreviousView> previous) {
    }

    public record CertificateView(List<String> coveredNames, String sha256, List<String> sha256Groups, String sha1,
                                  List<String> sha1Groups, String subject, String issuer, String issuedBy,
                                  String key, String validFrom, String validUntil, String daysLeft,
                                  List<Warning> warnings, String pin, List<String> tlsaRecords, List<String> stores) {
    }

    public record Warning(String level, String text) {
    }

    public record PreviousView(List<String> names, String sha256, List<String> sha256Groups, String sha1,
                               List<String> sha1Groups, String inUse) {
    }

    /** Builds the model for {@code facts} in the language of {@code t}; {@code now} dates the warnings. */
    public static PageModel of(ServerFacts facts, Messages t, Instant now, String pagePath) {
        Language language = t.language();
        List<LanguageLink> languages = new ArrayList<>();
        for (Language other : Language.values()) {
            languages.add(new LanguageLink(other.code(), other.nativeName(), pagePath + "?lang=" + other.code(),
                    other == language));
        }
        return new PageModel(language, t, facts.xmppDomain(), languages, conferences(facts, t),
                federation(facts.settings().federation(), t), certificates(facts, t, now),
                Dates.dateTime(facts.lastModified(), language));
    }

    private static Conferences conferences(ServerFacts facts, Messages t) {
        List<ServiceView> services = new ArrayList<>();
        for (ConferenceService service : facts.directory().services()) {
            List<RoomView> rooms = new ArrayList<>();
            for (Room room : service.rooms()) {
                List<String> badges = new ArrayList<>();
                if (room.membersOnly()) {
                    badges.add(t.get("room.badge.members-only"));
                }
                if (room.passwordProtected()) {
                    badges.add(t.get("room.badge.password"));
                }
                String qrLabel = t.format("room.qr.label", room.address());
                rooms.add(new RoomView(room.name(), room.address(), room.description(), room.subject(),
                        t.format("room.occupants", room.occupants()), badges, room.joinUri(),
                        QrCodes.svg(room.joinUri(), qrLabel), qrLabel));
            }
            String more = service.moreRooms() > 0 ? t.format("rooms.more", service.moreRooms()) : "";
            services.add(new ServiceView(service.domain(), service.description(), service.joinUri(),
                    QrCodes.svg(service.joinUri(), t.format("service.qr.label", service.domain())), rooms, more,
                    t.format("rooms.count", service.roomCount()), service.roomCount() > 0));
        }
        return new Conferences(facts.directory().available(), services);
    }

    static Federation federation(FederationPolicy policy, Messages t) {
        if (!policy.available()) {
            return new Federation(false, false, List.of(t.get("federation.unknown")));
        }
        if (!policy.enabled()) {
            return new Federation(true, false, List.of(t.get("federation.off")));
        }
        List<String> statements = new ArrayList<>();
        boolean noPeerCanAuthenticate = !policy.dialback() && policy.tls() == FederationPolicy.TlsPolicy.DISABLED;
        if (!noPeerCanAuthenticate) { // otherwise "federates" would contradict "will fail" below
            statements.add(t.get("federation.on"));
        }
        statements.add(t.get(switch (policy.tls()) {
            case REQUIRED -> "federation.tls.required";
            case OPTIONAL -> "federation.tls.optional";
            case DISABLED -> "federation.tls.disabled";
        }));
        if (policy.triesTlsThenDialback()) {
            statements.add(t.get("federation.auth.tls-then-dialback"));
        } else if (policy.dialback() && policy.tls() == FederationPolicy.TlsPolicy.REQUIRED) {
            statements.add(t.get("federation.auth.dialback-over-tls"));
        } else if (policy.dialback()) {
            statements.add(t.get("federation.auth.dialback-only"));
        } else if (policy.tls() == FederationPolicy.TlsPolicy.DISABLED) {
            statements.add(t.get("federation.auth.none"));
        } else {
            statements.add(t.get("federation.auth.certificate-only"));
        }
        if (policy.tls() != FederationPolicy.TlsPolicy.DISABLED) {
            statements.add(t.get(policy.acceptsSelfSigned() ? "federation.self-signed.accepted"
                    : "federation.self-signed.refused"));
        }
        return new Federation(true, true, statements);
    }

    private static Certificates certificates(ServerFacts facts, Messages t, Instant now) {
        CertificateCoverage coverage = facts.coverage();
        List<CertificateView> current = new ArrayList<>();
        for (CertificateCoverage.Entry entry : coverage.entries()) {
            current.add(certificate(entry, facts.settings(), t, now));
        }
        List<String> uncovered = coverage.uncoveredNames().stream()
                .map(name -> t.format("certificates.uncovered", name)).toList();
        List<String> problems = new ArrayList<>();
        for (CertificateInventory.StoreProblem problem : facts.certificates().problems()) {
            String store = t.get("store." + problem.store().name().toLowerCase(Locale.ROOT));
            problems.add(t.format(switch (problem.reason()) {
                case MISSING -> "certificates.problem.missing";
                case UNREADABLE -> "certificates.problem.unreadable";
                case EMPTY -> "certificates.problem.empty";
            }, store));
        }
        List<PreviousView> previous = new ArrayList<>();
        for (PreviousCertificate old : facts.previousCertificates()) {
            previous.add(new PreviousView(old.names(), old.sha256(), groups(old.sha256()), old.sha1(),
                    groups(old.sha1()), t.format("certificates.previous.in-use",
                            Dates.date(old.inUseFrom(), t.language()), Dates.date(old.inUseUntil(), t.language()))));
        }
        return new Certificates(current, uncovered, problems, previous);
    }

    private static CertificateView certificate(CertificateCoverage.Entry entry, ServerSettings settings, Messages t,
                                               Instant now) {
        CertificateFacts c = entry.certificate();
        Language language = t.language();
        List<Warning> warnings = new ArrayList<>();
        long days = c.daysLeft(now);
        switch (c.expiryState(now)) {
            case EXPIRED -> warnings.add(new Warning("danger", t.format("certificate.warning.expired",
                    Dates.date(c.notAfter(), language))));
            case EXPIRING_SOON -> warnings.add(new Warning("warning", t.format("certificate.warning.expiring", days)));
            case NOT_YET_VALID -> warnings.add(new Warning("danger", t.format("certificate.warning.not-yet-valid",
                    Dates.date(c.notBefore(), language))));
            case VALID -> { }
        }
        if (c.selfSigned()) {
            warnings.add(new Warning("warning", t.get("certificate.warning.self-signed")));
        }
        List<String> tlsa = new ArrayList<>();
        List<String> stores = new ArrayList<>();
        for (IdentityStoreKind store : IdentityStoreKind.values()) {
            if (c.stores().contains(store)) {
                tlsa.add(settings.tlsaRecord(store, c.fingerprints()));
                stores.add(t.get("store." + store.name().toLowerCase(Locale.ROOT)));
            }
        }
        String daysLeft = days >= 0 ? t.format("certificate.days-left", days) : t.get("certificate.expired");
        return new CertificateView(entry.coveredNames(), c.fingerprints().sha256(), groups(c.fingerprints().sha256()),
                c.fingerprints().sha1(), groups(c.fingerprints().sha1()), c.subject(), c.issuer(),
                t.get(c.selfSigned() ? "certificate.self-signed" : "certificate.ca-issued"),
                t.format("certificate.key.value", c.keyType(), c.keySize()), Dates.date(c.notBefore(), language),
                Dates.date(c.notAfter(), language), daysLeft, warnings, c.fingerprints().publicKeySha256Base64(),
                tlsa, stores);
    }

    /** Splits {@code AB:CD:…} into runs of four bytes, each keeping its trailing colon, so lines break between runs. */
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
