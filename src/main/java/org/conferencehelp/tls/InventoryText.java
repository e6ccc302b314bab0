package org.conferencehelp.tls;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link CertificateInventory} as plain text, so that one node of a cluster can tell the others what it presents
 * without sending any class of its own between nodes (a class of a plugin cannot be loaded by a node where the
 * plugin is reloading or absent). Certificates travel as their DER bytes; the receiving node reads them again, so
 * it derives every fact the same way the sending node did.
 *
 * <p>One item a line, fields separated by tabs: {@code certificate STORES DER-BASE64}, {@code problem STORE REASON
 * DETAIL}, {@code presented STORE SHA256,SHA256}.
 */
public final class InventoryText {

    private InventoryText() {
    }

    public static String write(CertificateInventory inventory) {
        StringBuilder text = new StringBuilder();
        for (CertificateFacts c : inventory.certificates()) {
            List<String> stores = EnumSet.copyOf(c.stores()).stream().map(Enum::name).toList();
            text.append("certificate\t").append(String.join(",", stores)).append('\t')
                    .append(der(c.pem())).append('\n');
        }
        for (CertificateInventory.StoreProblem p : inventory.problems()) {
            text.append("problem\t").append(p.store().name()).append('\t').append(p.reason().name()).append('\t')
                    .append(p.detail().replaceAll("[\\t\\n\\r]", " ")).append('\n');
        }
        inventory.presented().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                text.append("presented\t").append(e.getKey().name()).append('\t')
                        .append(String.join(",", e.getValue())).append('\n'));
        return text.toString();
    }

    /** Reads what {@link #write} wrote; lines it cannot read are left out. */
    public static CertificateInventory read(String text) {
        List<CertificateFacts> certificates = new ArrayList<>();
        List<CertificateInventory.StoreProblem> problems = new ArrayList<>();
        Map<IdentityStoreKind, List<String>> presented = new EnumMap<>(IdentityStoreKind.class);
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "certificate" -> certificates.add(certificate(f[1], f[2]));
                    case "problem" -> problems.add(new CertificateInventory.StoreProblem(
                            IdentityStoreKind.valueOf(f[1]),
                            CertificateInventory.StoreProblem.Reason.valueOf(f[2]), f[3]));
                    case "presented" -> presented.put(IdentityStoreKind.valueOf(f[1]),
                            f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(",")));
                    default -> { }
                }
            } catch (Exception | LinkageError unreadable) {
                // A line from a newer or damaged node: the rest still counts.
            }
        }
        return new CertificateInventory(certificates, problems, presented);
    }

    private static CertificateFacts certificate(String stores, String der) throws Exception {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(der)));
        Set<IdentityStoreKind> kinds = EnumSet.noneOf(IdentityStoreKind.class);
        for (String store : stores.split(",")) {
            kinds.add(IdentityStoreKind.valueOf(store));
        }
        IdentityStoreKind first = kinds.iterator().next();
        return CertificateFacts.of(certificate, first).alsoIn(kinds);
    }

    private static String der(String pem) {
        return pem.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "")
                .replaceAll("\\s", "");
    }
}
