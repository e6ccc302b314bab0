package org.conferencehelp.page;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.Room;
import org.conferencehelp.live.FederationPolicy.TlsPolicy;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.tls.CertificateFacts;
import org.conferencehelp.tls.CertificateInventory.StoreProblem;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.CertificateUse;
import org.conferencehelp.tls.Fingerprints;
import org.conferencehelp.tls.IdentityStoreKind;

/**
 * Server states that, between them, bring every sentence of the bundles onto the pages: every federation policy,
 * every certificate warning and store problem, rooms of every kind, no rooms, no conferences, and a directory that
 * could not be read. Room names and descriptions use no English sentence, so any English on a page is the bundle's.
 */
final class TranslationFixtures {

    private static final String DOMAIN = "example.org";

    private TranslationFixtures() {
    }

    static Map<String, ServerFacts> states(Instant now) {
        Map<String, ServerFacts> states = new LinkedHashMap<>();
        DirectorySnapshot full = new DirectorySnapshot(List.of(
                new ConferenceService("conference." + DOMAIN, "Xyz", List.of(
                        new Room("lobby@conference." + DOMAIN, "Lobby", "Xyz", "Xyz", 0, false, false),
                        new Room("club@conference." + DOMAIN, "Club", "", "", 1, true, false),
                        new Room("team@conference." + DOMAIN, "Team", "Xyz", "", 7, true, true),
                        new Room("vault@conference." + DOMAIN, "Vault", "", "", 2, false, true)), 9),
                new ConferenceService("chat." + DOMAIN, "", List.of(), 0),
                new ConferenceService("rooms." + DOMAIN, "", List.of(
                        new Room("one@rooms." + DOMAIN, "One", "", "", 1, false, false)), 2)), true);
        CertificateInventory certificates = new CertificateInventory(List.of(
                certificate(List.of(DOMAIN), now.minus(Duration.ofDays(80)), now.plus(Duration.ofDays(3)), true),
                certificate(List.of("conference." + DOMAIN), now.minus(Duration.ofDays(400)),
                        now.minus(Duration.ofDays(2)), false),
                certificate(List.of("chat." + DOMAIN), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)),
                        false),
                certificate(List.of("elsewhere.example"), now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(200)), false)),
                List.of(new StoreProblem(IdentityStoreKind.SERVER, StoreProblem.Reason.UNREADABLE, "test")));
        List<CertificateUse> previous = List.of(new CertificateUse(hex(20, 1), hex(32, 2),
                List.of(DOMAIN, "*." + DOMAIN), now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(5))));

        states.put("tries TLS, then dialback", facts(full, policy(true, TlsPolicy.OPTIONAL, true, false),
                certificates, previous, now));
        states.put("TLS required, dialback over TLS", facts(full, policy(true, TlsPolicy.REQUIRED, true, true),
                new CertificateInventory(certificates.certificates(), List.of(new StoreProblem(
                        IdentityStoreKind.CLIENT, StoreProblem.Reason.MISSING, "test"))), List.of(), now));
        states.put("dialback only", facts(full, policy(true, TlsPolicy.DISABLED, true, false),
                new CertificateInventory(certificates.certificates(), List.of(new StoreProblem(
                        IdentityStoreKind.CLIENT, StoreProblem.Reason.EMPTY, "test"))), previous, now));
        states.put("certificates only", facts(full, policy(true, TlsPolicy.REQUIRED, false, true), certificates,
                previous, now));
        states.put("no way to identify servers", facts(full, policy(true, TlsPolicy.DISABLED, false, false),
                certificates, previous, now));
        states.put("no federation, no conferences", facts(new DirectorySnapshot(List.of(), true),
                policy(false, TlsPolicy.OPTIONAL, true, false), certificates, previous, now));
        states.put("nothing readable", facts(DirectorySnapshot.UNAVAILABLE, FederationPolicy.UNKNOWN,
                CertificateInventory.EMPTY, List.of(), now));
        return states;
    }

    private static FederationPolicy policy(boolean enabled, TlsPolicy tls, boolean dialback, boolean selfSigned) {
        return new FederationPolicy(enabled, tls, dialback, selfSigned, true);
    }

    private static ServerFacts facts(DirectorySnapshot directory, FederationPolicy policy,
                                     CertificateInventory certificates, List<CertificateUse> previous,
                                     Instant now) {
        return new ServerFacts(DOMAIN, directory, new ServerSettings(policy, "xmpp." + DOMAIN,
                ServerSettings.DEFAULT_CLIENT_PORT, ServerSettings.DEFAULT_SERVER_PORT), certificates, previous, 1,
                now);
    }

    private static CertificateFacts certificate(List<String> names, Instant notBefore, Instant notAfter,
                                                boolean selfSigned) {
        String subject = "CN=" + names.get(0);
        return new CertificateFacts(subject, selfSigned ? subject : "CN=Xyz CA", names, "EC", 256, notBefore,
                notAfter, selfSigned, new Fingerprints(hex(20, names.get(0).length()), hex(32, names.get(0).length()),
                        hex(32, 7).replace(":", "").toLowerCase(), "AAAA"),
                Set.of(IdentityStoreKind.CLIENT, IdentityStoreKind.SERVER));
    }

    /** {@code bytes} colon-separated hex pairs, all different for different seeds. */
    private static String hex(int bytes, int seed) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            hex.append(i == 0 ? "" : ":").append(String.format("%02X", (i * 31 + seed * 17) & 0xff));
        }
        return hex.toString();
    }
}
