package org.conferencehelp.page;

import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.Room;
import org.conferencehelp.chat.RoomCreation;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.PageSections;
import org.conferencehelp.live.ServerFacts;

/**
 * What one page shows in one language, every decision made: which sections and entries appear, in which words, and
 * where links go. Templates only lay it out (they name their fixed labels by key through {@link #t()}). Built from
 * a {@link ServerFacts} snapshot when a page is (re)rendered, never per request.
 *
 * @param page       the help page shown; {@code null} on a room's page, which has {@code room} instead
 * @param contacts   where the server's administrators can be reached ("Need help?"); none when it publishes none
 * @param url        the page's own absolute address, from the host name the server knows itself by
 * @param room       the room a room's page is about; {@code null} on the help pages
 * @param sections   which sections the administrator publishes
 * @param welcome    the administrator's welcome text in this language (or English), empty when none
 * @param houseRules the administrator's house rules in this language (or English), empty when none
 */
public record PageModel(
        HelpPage page,
        Messages t,
        String domain,
        String title,
        String lead,
        String siteName,
        Links links,
        List<NavigationLink> navigation,
        List<LanguageLink> languages,
        Conferences conferences,
        Federation federation,
        Certificates certificates,
        List<Definition> definitions,
        String generated,
        List<ContactLink> contacts,
        String url,
        RoomDetail room,
        PageSections sections,
        List<PlainText.Paragraph> welcome,
        List<PlainText.Paragraph> houseRules) {

    /** The terms the definitions page explains, in its order; each is also the anchor {@code #term}. */
    static final List<String> DEFINED_TERMS = List.of("conference", "address", "federation", "tls", "certificate",
            "self-signed", "fingerprint", "dialback", "dane");

    public record Links(String conferences, String definitions, String json, String styleSheet, String script,
                        String icon) {
        static final Links SITE = new Links(SitePaths.page(HelpPage.CONFERENCES), SitePaths.page(HelpPage.DEFINITIONS),
                SitePaths.json(), SitePaths.asset("style.css"), SitePaths.asset("page.js"),
                SitePaths.asset("icon.svg"));
    }

    public record NavigationLink(String label, String href, boolean current) {
    }

    /** An address the server's administrators can be reached at, e.g. "admin@example.org (email)". */
    public record ContactLink(String label, String href) {
    }

    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /**
     * The conference section: {@code available} false when the server could not be asked.
     *
     * @param howToJoin the steps to join a room, for the first service's address
     */
    public record Conferences(boolean available, List<ServiceView> services, List<String> howToJoin) {
        public boolean any() {
            return !services.isEmpty();
        }
    }

    /**
     * @param available whether its rooms could be read; if not, {@code unavailable} says so instead of any room
     * @param hasRooms  whether the service has any discoverable room, shown or not
     * @param noRooms   what to say when it has none: how to start one, as far as this service lets people
     */
    public record ServiceView(String domain, String description, String joinUri, String qrLabel, List<RoomView> rooms,
                              String more, String roomCount, boolean available, String unavailable, boolean hasRooms,
                              String noRooms, List<String> policy) {
    }

    /** @param href the room's own page; empty when rooms have no pages */
    public record RoomView(String name, String address, String description, String subject, String occupants,
                           List<String> badges, String joinUri, String qrLabel, String href) {
    }

    /** The federation section: sentences in the order the page says them. */
    public record Federation(List<String> statements) {
    }

    public record Certificates(List<CertificateView> current, List<String> uncovered, List<String> problems,
                               List<PreviousView> previous) {
    }

    public record CertificateView(List<String> coveredNames, String sha256, List<String> sha256Groups, String sha1,
                                  List<String> sha1Groups, String subject, String issuer, String issuedBy,
                                  String key, String validFrom, String validUntil, String daysLeft,
                                  List<Warning> warnings, String pin, List<String> tlsaRecords, List<String> stores,
                                  String pemHref) {
    }

    public record Warning(String level, String text) {
    }

    public record PreviousView(List<String> names, String sha256, List<String> sha256Groups, String sha1,
                               List<String> sha1Groups, String inUse) {
    }

    /** One term of the definitions page; {@code id} is its anchor. */
    public record Definition(String id, String term, String text) {
    }

    public Language language() {
        return t.language();
    }

    /** Builds the model of {@code page} for {@code facts} in the language of {@code t}. */
    public static PageModel of(HelpPage page, ServerFacts facts, Messages t) {
        Language language = t.language();
        List<NavigationLink> navigation = new ArrayList<>();
        for (HelpPage other : HelpPage.values()) {
            navigation.add(new NavigationLink(t.get(other.keys.navigation()), SitePaths.page(other),
                    other == page));
        }
        List<LanguageLink> languages = new ArrayList<>();
        for (Language other : Language.values()) {
            languages.add(new LanguageLink(other.code(), other.nativeName(), SitePaths.page(page, other),
                    other == language));
        }
        List<Definition> definitions = DEFINED_TERMS.stream().map(term -> new Definition(term,
                t.get("definitions." + term + ".term"), t.get("definitions." + term + ".text"))).toList();
        return new PageModel(page, t, facts.xmppDomain(), t.get(page.keys.title()), t.get(page.keys.lead()),
                t.format("site.name", facts.xmppDomain()), Links.SITE, navigation, languages, conferences(facts, t),
                federation(facts.settings().federation(), t), CertificateSection.of(facts, t), definitions,
                generated(facts, t), contacts(facts, t), facts.settings().pagesBaseUrl() + SitePaths.page(page),
                null, facts.content().sections(),
                PlainText.paragraphs(facts.content().words().welcomeIn(language.code())),
                PlainText.paragraphs(facts.content().words().houseRulesIn(language.code())));
    }

    /** The page of one discoverable room (see {@link RoomDetail}); the visitor's platform, if known, first. */
    public static PageModel ofRoom(DirectorySnapshot.Listed listed, ServerFacts facts, Messages t,
                                   ChatApps.Platform platform) {
        Room room = listed.room();
        List<NavigationLink> navigation = new ArrayList<>();
        for (HelpPage other : HelpPage.values()) {
            navigation.add(new NavigationLink(t.get(other.keys.navigation()), SitePaths.page(other), false));
        }
        List<LanguageLink> languages = new ArrayList<>();
        for (Language other : Language.values()) {
            languages.add(new LanguageLink(other.code(), other.nativeName(),
                    SitePaths.room(room.address()) + "?lang=" + other.code(), other == t.language()));
        }
        String lead = room.description().isEmpty() ? t.format("room.page.lead", listed.service().domain())
                : room.description();
        String url = facts.settings().pagesBaseUrl() + SitePaths.room(room.address());
        return new PageModel(null, t, facts.xmppDomain(), room.name(), lead,
                t.format("site.name", facts.xmppDomain()), Links.SITE, navigation, languages,
                new Conferences(true, List.of(), List.of()), new Federation(List.of()),
                new Certificates(List.of(), List.of(), List.of(), List.of()), List.of(), generated(facts, t),
                contacts(facts, t), url, RoomDetail.of(listed, facts.settings().web(), facts.content().apps(), url, t,
                        platform),
                facts.content().sections(), List.of(),
                PlainText.paragraphs(facts.content().words().houseRulesIn(t.language().code())));
    }

    /** When the facts last changed; in a cluster nothing, as each node noticed it at its own instant. */
    private static String generated(ServerFacts facts, Messages t) {
        return facts.clustered() ? t.get("footer.generated.cluster")
                : t.format("footer.generated", Dates.dateTime(facts.lastModified(), t.language()));
    }

    private static List<ContactLink> contacts(ServerFacts facts, Messages t) {
        return facts.settings().web().contacts().stream().map(uri -> new ContactLink(t.format(
                uri.startsWith("mailto:") ? "contacts.email" : "contacts.xmpp", uri.substring(uri.indexOf(':') + 1)),
                uri)).toList();
    }

    private static Conferences conferences(ServerFacts facts, Messages t) {
        List<ServiceView> services = new ArrayList<>();
        for (ConferenceService service : facts.directory().services()) {
            List<RoomView> rooms = new ArrayList<>();
            for (Room room : service.rooms()) {
                rooms.add(new RoomView(room.name(), room.address(), room.description(), room.subject(),
                        t.format("room.occupants", room.occupants()), badges(room, t), room.joinUri(),
                        t.format("room.qr.label", room.address()),
                        facts.content().sections().roomPages() ? SitePaths.room(room.address()) : ""));
            }
            String more = service.moreRooms() > 0 ? t.format("rooms.more", service.moreRooms()) : "";
            services.add(new ServiceView(service.domain(), service.description(), service.joinUri(),
                    t.format("service.qr.label", service.domain()), rooms, more,
                    t.format("rooms.count", service.roomCount()), service.available(), t.get("service.unavailable"),
                    service.roomCount() > 0, t.get(byCreation("rooms.none", service.creation())),
                    ServiceWords.policy(service, t)));
        }
        List<ConferenceService> listed = facts.directory().services();
        List<String> howToJoin = listed.isEmpty() ? List.of() : List.of(t.get("conferences.how.step1"),
                t.format("conferences.how.step2", "room@" + listed.get(0).domain()),
                t.get(byCreation("conferences.how.step3", listed.get(0).creation())));
        return new Conferences(facts.directory().available(), services, howToJoin);
    }

    static List<String> badges(Room room, Messages t) {
        List<String> badges = new ArrayList<>();
        if (room.membersOnly()) {
            badges.add(t.get("room.badge.members-only"));
        }
        if (room.passwordProtected()) {
            badges.add(t.get("room.badge.password"));
        }
        if (room.moderated()) {
            badges.add(t.get("room.badge.moderated"));
        }
        return badges;
    }

    /** The variant of a sentence for who may create rooms: the key itself where anyone may. */
    static String byCreation(String key, RoomCreation creation) {
        return switch (creation) {
            case ANYONE -> key;
            case LOCAL_USERS -> key + ".local-users";
            case LISTED_USERS -> key + ".listed-users";
        };
    }

    static Federation federation(FederationPolicy policy, Messages t) {
        if (!policy.available()) {
            return new Federation(List.of(t.get("federation.unknown")));
        }
        if (!policy.enabled()) {
            return new Federation(List.of(t.get("federation.off")));
        }
        List<String> statements = new ArrayList<>();
        boolean noPeerCanAuthenticate = !policy.dialback() && policy.tls() == FederationPolicy.TlsPolicy.DISABLED;
        if (!noPeerCanAuthenticate) { // otherwise "federates" would contradict "will fail" below
            statements.add(t.get(policy.allowListOnly() ? "federation.allow-list" : "federation.on"));
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
        } else if (policy.dialbackOnlyForSelfSigned()) {
            statements.add(t.get("federation.auth.certificate-or-self-signed-dialback"));
        } else {
            statements.add(t.get("federation.auth.certificate-only"));
        }
        if (policy.tls() != FederationPolicy.TlsPolicy.DISABLED) {
            statements.add(t.get(policy.acceptsSelfSigned() ? "federation.self-signed.accepted"
                    : "federation.self-signed.refused"));
        }
        return new Federation(statements);
    }
}
