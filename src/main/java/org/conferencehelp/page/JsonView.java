package org.conferencehelp.page;

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
 * The machine-readable view, {@code /help/using-conferences.json}: the same facts as the page, in the versioned
 * schema documented in readme.html (and {@code using-conferences.schema.json} in the sources). Language-neutral.
 */
public final class JsonView {

    /** Raised only when a field is removed or changes meaning; new fields do not change it. */
    public static final int SCHEMA_VERSION = 1;

    private JsonView() {
    }

    public static String render(ServerFacts facts) {
        JsonWriter json = new JsonWriter().beginObject()
                .value("schemaVersion", SCHEMA_VERSION)
                .value("domain", facts.xmppDomain())
                .value("updated", facts.lastModified());
        conferences(json, facts);
        federation(json, facts.settings().federation());
        certificates(json, facts);
        return json.endObject().toString();
    }

    private static void conferences(JsonWriter json, ServerFacts facts) {
        json.beginObject("conferences").value("available", facts.directory().available()).beginArray("services");
        for (ConferenceService service : facts.directory().services()) {
            json.beginObject().value("address", service.domain()).value("description", service.description())
                    .value("joinUri", service.joinUri()).value("roomCount", service.roomCount())
                    .beginArray("rooms");
            for (Room room : service.rooms()) {
                json.beginObject().value("address", room.address()).value("name", room.name())
                        .value("description", room.description()).value("subject", room.subject())
                        .value("occupants", room.occupants()).value("membersOnly", room.membersOnly())
                        .value("passwordProtected", room.passwordProtected()).value("joinUri", room.joinUri())
                        .endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
    }

    private static void federation(JsonWriter json, FederationPolicy policy) {
        json.beginObject("federation").value("available", policy.available());
        if (policy.available()) {
            json.value("enabled", policy.enabled()).value("tlsPolicy", policy.tls().name().toLowerCase(Locale.ROOT))
                    .value("dialback", policy.dialback()).value("acceptsSelfSigned", policy.acceptsSelfSigned())
                    .value("triesTlsThenDialback", policy.triesTlsThenDialback());
        }
        json.endObject();
    }

    private static void certificates(JsonWriter json, ServerFacts facts) {
        CertificateCoverage coverage = facts.coverage();
        ServerSettings settings = facts.settings();
        json.beginArray("certificates");
        for (CertificateCoverage.Entry entry : coverage.entries()) {
            CertificateFacts c = entry.certificate();
            json.beginObject().strings("covers", entry.coveredNames()).strings("names", c.names())
                    .value("subject", c.subject()).value("issuer", c.issuer()).value("selfSigned", c.selfSigned())
                    .value("keyType", c.keyType()).value("keySize", c.keySize())
                    .value("notBefore", c.notBefore()).value("notAfter", c.notAfter())
                    .value("sha1", c.fingerprints().sha1()).value("sha256", c.fingerprints().sha256())
                    .value("publicKeySha256", c.fingerprints().publicKeySha256Base64())
                    .beginArray("presentedTo");
            for (IdentityStoreKind store : IdentityStoreKind.values()) {
                if (c.stores().contains(store)) {
                    json.beginObject().value("connections", store.name().toLowerCase(Locale.ROOT))
                            .value("port", settings.port(store))
                            .value("tlsa", settings.tlsaRecord(store, c.fingerprints())).endObject();
                }
            }
            json.endArray().endObject();
        }
        json.endArray().strings("uncoveredNames", coverage.uncoveredNames()).beginArray("previousCertificates");
        for (PreviousCertificate old : facts.previousCertificates()) {
            json.beginObject().strings("names", old.names()).value("sha1", old.sha1()).value("sha256", old.sha256())
                    .value("inUseFrom", old.inUseFrom()).value("inUseUntil", old.inUseUntil()).endObject();
        }
        json.endArray().beginArray("problems");
        for (CertificateInventory.StoreProblem problem : facts.certificates().problems()) {
            json.beginObject().value("connections", problem.store().name().toLowerCase(Locale.ROOT))
                    .value("reason", problem.reason().name().toLowerCase(Locale.ROOT)).endObject();
        }
        json.endArray();
    }
}
