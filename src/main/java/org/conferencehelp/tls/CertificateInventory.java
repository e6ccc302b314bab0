package org.conferencehelp.tls;

import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every certificate in the server's identity stores, read once per store change and shared by every request.
 *
 * @param certificates the key entries' end-entity certificates, each once, in store order
 * @param problems     stores that could not be read, with the reason (shown to users in plain words)
 * @param presented    per kind of connection, the SHA-256 fingerprints of the certificates its listeners present to
 *                     a client that names no server; a kind is missing when that could not be told
 * @param differingNodes in a cluster whose nodes do not all present the same certificates, how many nodes there are
 *                     (a client may meet any of them); 0 otherwise
 */
public record CertificateInventory(List<CertificateFacts> certificates, List<StoreProblem> problems,
                                   Map<IdentityStoreKind, List<String>> presented, int differingNodes) {

    /** A store that could not be read, or holds nothing the page can show. */
    public record StoreProblem(IdentityStoreKind store, Reason reason, String detail) {
        public enum Reason { MISSING, UNREADABLE, EMPTY }
    }

    public CertificateInventory {
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
        presented = Map.copyOf(presented);
    }

    /** The certificates of one server (or one node of a cluster). */
    public CertificateInventory(List<CertificateFacts> certificates, List<StoreProblem> problems,
                                Map<IdentityStoreKind, List<String>> presented) {
        this(certificates, problems, presented, 0);
    }

    /** The certificates of the stores, without knowing which of them the listeners present. */
    public CertificateInventory(List<CertificateFacts> certificates, List<StoreProblem> problems) {
        this(certificates, problems, Map.of());
    }

    public static final CertificateInventory EMPTY = new CertificateInventory(List.of(), List.of());

    /**
     * What the nodes of a cluster present, as one inventory: every node's certificates (each once, its stores
     * joined), problems and presented certificates, in the order of the nodes given, and whether the nodes differ
     * in what they present. Give the nodes in an order every node agrees on, and every node gets the same inventory.
     */
    public static CertificateInventory acrossNodes(List<CertificateInventory> nodes) {
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        Map<String, CertificateFacts> bySha256 = new LinkedHashMap<>();
        List<StoreProblem> problems = new ArrayList<>();
        Map<IdentityStoreKind, List<String>> presented = new EnumMap<>(IdentityStoreKind.class);
        for (CertificateInventory node : nodes) {
            node.certificates().forEach(c -> bySha256.merge(c.fingerprints().sha256(), c,
                    (old, added) -> old.alsoIn(added.stores())));
            node.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            node.presented().forEach((kind, sha256s) -> {
                List<String> all = presented.computeIfAbsent(kind, k -> new ArrayList<>());
                sha256s.stream().filter(s -> !all.contains(s)).forEach(all::add);
            });
        }
        presented.replaceAll((kind, sha256s) -> List.copyOf(sha256s));
        boolean differ = nodes.stream().map(CertificateInventory::presentedSets).distinct().count() > 1;
        return new CertificateInventory(new ArrayList<>(bySha256.values()), problems, presented,
                differ ? nodes.size() : 0);
    }

    /**
     * What this node presents, per kind, regardless of order; where that cannot be told, the certificates of that
     * kind's store (the listeners choose among them).
     */
    private Map<IdentityStoreKind, Set<String>> presentedSets() {
        Map<IdentityStoreKind, Set<String>> sets = new EnumMap<>(IdentityStoreKind.class);
        for (IdentityStoreKind kind : IdentityStoreKind.values()) {
            List<String> known = presented.get(kind);
            sets.put(kind, known != null ? Set.copyOf(known) : certificates.stream()
                    .filter(c -> c.stores().contains(kind)).map(c -> c.fingerprints().sha256())
                    .collect(Collectors.toSet()));
        }
        return sets;
    }

    /** Whether the listeners of that kind present this certificate to a client that names no server. */
    public boolean isPresented(CertificateFacts certificate, IdentityStoreKind kind) {
        return presented.getOrDefault(kind, List.of()).contains(certificate.fingerprints().sha256());
    }

    /** Reads every key entry of the client and server identity stores. Never throws: failures become problems. */
    public static CertificateInventory read(IdentityStoreSource source) {
        Map<String, CertificateFacts> bySha256 = new LinkedHashMap<>();
        List<StoreProblem> problems = new ArrayList<>();
        Map<IdentityStoreKind, List<String>> presented = new EnumMap<>(IdentityStoreKind.class);
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
                presented(source, kind).ifPresent(sha256s -> presented.put(kind, sha256s));
            } catch (Exception | LinkageError e) {
                problems.add(new StoreProblem(kind, StoreProblem.Reason.UNREADABLE, String.valueOf(e)));
            }
        }
        return new CertificateInventory(new ArrayList<>(bySha256.values()), problems, presented);
    }

    /** The fingerprints of what the kind's listeners present, or empty when that cannot be told. */
    private static Optional<List<String>> presented(IdentityStoreSource source, IdentityStoreKind kind) {
        try {
            List<String> sha256s = new ArrayList<>();
            for (X509Certificate certificate : source.presented(kind)) {
                sha256s.add(Fingerprints.of(certificate).sha256());
            }
            return sha256s.isEmpty() ? Optional.empty() : Optional.of(sha256s);
        } catch (Exception | LinkageError e) {
            return Optional.empty(); // the page then shows certificates by the names they cover only
        }
    }

    /**
     * Which certificates cover which of the given names, and which names none covers: the first name (the XMPP
     * domain, which clients connect to) checked against the client store, the others (conference services, which
     * only other servers connect to) against the server store. A certificate the listeners present is listed even
     * when it covers none of the names.
     */
    public CertificateCoverage coverage(List<String> names) {
        return CertificateCoverage.of(this, names);
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
