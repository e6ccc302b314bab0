package org.conferencehelp.render;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.Room;
import org.conferencehelp.chat.ServicePolicy;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.PageSections;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.page.SitePaths;
import org.conferencehelp.tls.CertificateCoverage;
import org.conferencehelp.tls.CertificateFacts;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.CertificateUse;
import org.conferencehelp.tls.IdentityStoreKind;
import org.json.JSONStringer;
import org.json.JSONWriter;

/**
 * The machine-readable view, {@code /help/using-conferences.json}: the same facts as the page, in the versioned
 * schema documented in readme.html (and {@code using-conferences.schema.json} beside this class). Language-neutral.
 * Written with org.json, which every Openfire 5.x ships, in a fixed member order.
 */
public final class JsonView {

    /** Raised only when a field is removed or changes meaning; new fields do not change it. */
    public static final int SCHEMA_VERSION = 1;

    private JsonView() {
    }

    public static String render(ServerFacts facts) {
        JSONWriter json = new JSONStringer().object()
                .key("schemaVersion").value(SCHEMA_VERSION)
                .key("domain").value(facts.xmppDomain());
        if (!facts.clustered()) { // each node of a cluster notices a change at its own instant: not on shared bytes
            json.key("updated").value(text(facts.lastModified()));
        }
        json.key("contacts");
        strings(json, facts.settings().web().contacts());
        PageSections sections = facts.content().sections();
        json.key("sections").object().key("roomDirectory").value(sections.roomDirectory())
                .key("roomPages").value(sections.roomPages())
                .key("federation").value(sections.federation()).key("certificates").value(sections.certificates())
                .key("previousCertificates").value(sections.previousCertificates()).endObject();
        conferences(json, facts);
        // A section the administrator does not publish is absent here too: said as unavailable, or empty.
        federation(json, sections.federation() ? facts.settings().federation() : FederationPolicy.UNKNOWN);
        if (sections.certificates()) {
            certificates(json, facts, sections.previousCertificates());
        } else {
            json.key("certificates").array().endArray().key("uncoveredNames").array().endArray()
                    .key("previousCertificates").array().endArray().key("problems").array().endArray();
        }
        return scriptSafe(json.endObject().toString());
    }

    private static void conferences(JSONWriter json, ServerFacts facts) {
        json.key("conferences").object().key("available").value(facts.directory().available())
                .key("services").array();
        for (ConferenceService service : facts.directory().services()) {
            json.object().key("address").value(service.domain()).key("description").value(service.description())
                    .key("joinUri").value(service.joinUri()).key("roomCount").value(service.roomCount())
                    .key("available").value(service.available())
                    .key("roomCreation").value(service.creation().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            policy(json, service.policy());
            json.key("rooms").array();
            String base = facts.settings().pagesBaseUrl();
            boolean roomPages = facts.content().sections().roomPages();
            for (Room room : facts.content().sections().roomDirectory() ? service.rooms() : List.<Room>of()) {
                json.object().key("address").value(room.address()).key("name").value(room.name())
                        .key("description").value(room.description()).key("subject").value(room.subject())
                        .key("occupants").value(room.occupants()).key("membersOnly").value(room.membersOnly())
                        .key("passwordProtected").value(room.passwordProtected())
                        .key("joinUri").value(room.joinUri())
                        .key("pageUrl").value(roomPages ? base + SitePaths.room(room.address()) : null)
                        .key("logged").value(room.logged()).key("nicknamesReserved").value(room.nicknamesReserved())
                        .key("maxOccupants").value(room.maxOccupants()).key("moderated").value(room.moderated())
                        .key("addressesVisible").value(room.addressesVisible()).endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
    }

    /** The history the service sends joiners ({@code messages} only for {@code last}), and new rooms' defaults. */
    private static void policy(JSONWriter json, ServicePolicy policy) {
        ServicePolicy.History history = policy.history();
        json.key("history").object().key("sent").value(history.kind().name().toLowerCase(Locale.ROOT));
        if (history.kind() == ServicePolicy.History.Kind.LAST) {
            json.key("messages").value(history.messages());
        }
        ServicePolicy.RoomDefaults defaults = policy.newRooms();
        json.endObject().key("newRooms").object().key("listed").value(defaults.listed())
                .key("persistent").value(defaults.persistent()).key("moderated").value(defaults.moderated())
                .key("membersOnly").value(defaults.membersOnly()).key("logged").value(defaults.logged())
                .key("maxOccupants").value(defaults.maxOccupants()).endObject();
    }

    private static void federation(JSONWriter json, FederationPolicy policy) {
        json.key("federation").object().key("available").value(policy.available());
        if (policy.available()) {
            json.key("enabled").value(policy.enabled())
                    .key("tlsPolicy").value(policy.tls().name().toLowerCase(Locale.ROOT))
                    .key("dialback").value(policy.dialback())
                    .key("acceptsSelfSigned").value(policy.acceptsSelfSigned())
                    .key("triesTlsThenDialback").value(policy.triesTlsThenDialback())
                    .key("allowListOnly").value(policy.allowListOnly())
                    .key("dialbackForSelfSigned").value(policy.dialbackForSelfSigned());
        }
        json.endObject();
    }

    private static void certificates(JSONWriter json, ServerFacts facts, boolean previous) {
        CertificateCoverage coverage = facts.coverage();
        ServerSettings settings = facts.settings();
        json.key("certificates").array();
        for (CertificateCoverage.Entry entry : coverage.entries()) {
            CertificateFacts c = entry.certificate();
            json.object().key("covers");
            strings(json, entry.coveredNames()).key("names");
            strings(json, c.names())
                    .key("subject").value(c.subject()).key("issuer").value(c.issuer())
                    .key("selfSigned").value(c.selfSigned()).key("keyType").value(c.keyType())
                    .key("keySize").value(c.keySize())
                    .key("notBefore").value(text(c.notBefore())).key("notAfter").value(text(c.notAfter()))
                    .key("sha1").value(c.fingerprints().sha1()).key("sha256").value(c.fingerprints().sha256())
                    .key("publicKeySha256").value(c.fingerprints().publicKeySha256Base64());
            if (!c.pem().isEmpty()) {
                json.key("pemUrl").value(SitePaths.certificate(c.fingerprints().sha256()));
            }
            if (!facts.certificates().presented().isEmpty()) {
                json.key("presentedByDefault").array();
                for (IdentityStoreKind store : IdentityStoreKind.values()) {
                    if (facts.certificates().isPresented(c, store)) {
                        json.value(store.name().toLowerCase(Locale.ROOT));
                    }
                }
                json.endArray();
            }
            json.key("presentedTo").array();
            for (IdentityStoreKind store : IdentityStoreKind.values()) {
                if (c.stores().contains(store)) {
                    for (ServerSettings.Listener listener : settings.listeners(store)) {
                        for (String host : settings.hosts()) { // in a cluster of differently named nodes: each
                            json.object().key("connections").value(store.name().toLowerCase(Locale.ROOT))
                                    .key("port").value(listener.port()).key("directTls").value(listener.directTls());
                            if (settings.hosts().size() > 1) {
                                json.key("host").value(host);
                            }
                            json.key("tlsa").value(settings.tlsaRecord(listener, host, c.fingerprints()))
                                    .endObject();
                        }
                    }
                }
            }
            json.endArray().endObject();
        }
        json.endArray().key("uncoveredNames");
        strings(json, coverage.uncoveredNames()).key("previousCertificates").array();
        for (CertificateUse old : previous ? facts.previousCertificates() : List.<CertificateUse>of()) {
            json.object().key("names");
            strings(json, old.names()).key("sha1").value(old.sha1()).key("sha256").value(old.sha256())
                    .key("inUseFrom").value(text(old.inUseFrom())).key("inUseUntil").value(text(old.inUseUntil()))
                    .endObject();
        }
        json.endArray().key("problems").array();
        for (CertificateInventory.StoreProblem problem : facts.certificates().problems()) {
            json.object().key("connections").value(problem.store().name().toLowerCase(Locale.ROOT))
                    .key("reason").value(problem.reason().name().toLowerCase(Locale.ROOT)).endObject();
        }
        json.endArray();
        if (facts.certificates().differingNodes() > 0) {
            json.key("differingNodes").value(facts.certificates().differingNodes());
        }
    }

    private static JSONWriter strings(JSONWriter json, Collection<String> values) {
        json.array();
        values.forEach(json::value);
        return json.endArray();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /**
     * Also escapes what could end a {@code <script>} element or an HTML comment if someone embeds the view in a
     * page. Outside strings JSON has none of these three characters, so escaping them everywhere is safe; org.json
     * already escapes the JavaScript line separators U+2028 and U+2029.
     */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
