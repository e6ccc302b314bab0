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

    static CertificateCoverage of(List<CertificateFacts> certificates, List<String> names) {
        List<Entry> entries = new ArrayList<>();
        List<String> uncovered = new ArrayList<>(names);
        // Order certificates by the first page name they cover, so the domain's certificate comes first.
        for (String name : names) {
            for (CertificateFacts certificate : certificates) {
                boolean listed = entries.stream().anyMatch(e -> e.certificate().equals(certificate));
                if (listed || !certificate.covers(name)) {
                    continue;
                }
                List<String> covered = names.stream().filter(certificate::covers).toList();
                entries.add(new Entry(certificate, covered));
                uncovered.removeAll(covered);
            }
        }
        return new CertificateCoverage(entries, uncovered);
    }
}
