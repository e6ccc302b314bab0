package org.conferencehelp.tls;

import java.util.ArrayList;
import java.util.List;

/**
 * Which certificate covers which of the names a user connects to (the XMPP domain and each conference address).
 * A certificate that covers several names appears once, listing them; a name that none covers is listed apart.
 */
public record CertificateCoverage(List<Entry> entries, List<String> uncoveredNames) {

    /** One certificate and the page's names it covers, in the order the page lists names. */
    public record Entry(CertificateFacts certificate, List<String> coveredNames) {
        public Entry {
            coveredNames = List.copyOf(coveredNames);
        }
    }

    public CertificateCoverage {
        entries = List.copyOf(entries);
        uncoveredNames = List.copyOf(uncoveredNames);
    }

    static CertificateCoverage of(CertificateInventory inventory, List<String> names) {
        List<CertificateFacts> certificates = inventory.certificates();
        List<Entry> entries = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        // Order certificates by the first page name they cover, so the domain's certificate comes first.
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            IdentityStoreKind connectingHere = i == 0 ? IdentityStoreKind.CLIENT : IdentityStoreKind.SERVER;
            boolean covered = false;
            for (CertificateFacts certificate : certificates) {
                if (!certificate.covers(name)) {
                    continue;
                }
                covered |= certificate.stores().contains(connectingHere);
                add(entries, certificate, names);
            }
            if (!covered) {
                uncovered.add(name);
            }
        }
        for (CertificateFacts certificate : certificates) { // presented, though it covers none of the names
            if (inventory.isPresented(certificate, IdentityStoreKind.CLIENT)
                    || inventory.isPresented(certificate, IdentityStoreKind.SERVER)) {
                add(entries, certificate, names);
            }
        }
        return new CertificateCoverage(entries, uncovered);
    }

    private static void add(List<Entry> entries, CertificateFacts certificate, List<String> names) {
        if (entries.stream().noneMatch(e -> e.certificate().equals(certificate))) {
            entries.add(new Entry(certificate, names.stream().filter(certificate::covers).toList()));
        }
    }
}
