package org.conferencehelp.tls;

import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every certificate in the server's identity stores, read once per store change and shared by every request.
 *
 * @param certificates the key entries' end-entity certificates, each once, in store order
 * @param problems     stores that could not be read, with the reason (shown to users in plain words)
 */
public record CertificateInventory(List<CertificateFacts> certificates, List<StoreProblem> problems) {

    /** A store that could not be read, or holds nothing the page can show. */
    public record StoreProblem(IdentityStoreKind store, Reason reason, String detail) {
        public enum Reason { MISSING, UNREADABLE, EMPTY }
    }

    public CertificateInventory {
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
    }

    public static final CertificateInventory EMPTY = new CertificateInventory(List.of(), List.of());

    /** Reads every key entry of the client and server identity stores. Never throws: failures become problems. */
    public static CertificateInventory read(IdentityStoreSource source) {
        Map<String, CertificateFacts> bySha256 = new LinkedHashMap<>();
        List<StoreProblem> problems = new ArrayList<>();
        for (IdentityStoreKind kind : IdentityStoreKind.values()) {
            try {
                KeyStore store = source.identityStore(kind);
                if (store == null) {
                    problems.add(new StoreProblem(kind, StoreProblem.Reason.MISSING, "no identity store"));
                    continue;
                }
                int found = 0;
                for (String alias : Collections.list(store.aliases())) {
                    X509Certificate leaf = endEntity(store, alias);
                    if (leaf == null) {
                        continue;
                    }
                    found++;
                    CertificateFacts facts = CertificateFacts.of(leaf, kind);
                    bySha256.merge(facts.fingerprints().sha256(), facts, (old, added) -> old.alsoIn(added.stores()));
                }
                if (found == 0) {
                    problems.add(new StoreProblem(kind, StoreProblem.Reason.EMPTY, "no key entry"));
                }
            } catch (Exception | LinkageError e) {
                problems.add(new StoreProblem(kind, StoreProblem.Reason.UNREADABLE, String.valueOf(e)));
            }
        }
        return new CertificateInventory(new ArrayList<>(bySha256.values()), problems);
    }

    /** Which certificates cover which of the given names, and which names none covers. */
    public CertificateCoverage coverage(List<String> names) {
        return CertificateCoverage.of(certificates, names);
    }

    /** The certificate a key entry presents: the first of its chain (Openfire stores chains leaf first). */
    private static X509Certificate endEntity(KeyStore store, String alias) throws Exception {
        if (!store.isKeyEntry(alias)) {
            return null;
        }
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
            return null;
        }
        return leaf;
    }
}
