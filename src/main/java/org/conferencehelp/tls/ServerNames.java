package org.conferencehelp.tls;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The XMPP server names a certificate vouches for, and whether one of them covers a given name.
 *
 * <p>Names come from the subjectAltName DNS entries only, as Openfire 5.1 maps server identities (SAN only,
 * OF-3122). Wildcards follow RFC 6125 §6.4.3, which is what connecting clients and servers check:
 * {@code *.example.org} covers {@code conference.example.org} but neither {@code example.org} nor
 * {@code a.b.example.org}. (Openfire's own {@code DNSUtil.isNameCoveredByPattern} is looser; we tell users what
 * their client will accept.)
 */
public final class ServerNames {

    private static final int DNS_NAME = 2;

    private ServerNames() {
    }

    /** The certificate's DNS subject alternative names, lower-cased, in certificate order. */
    public static List<String> of(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries == null) {
                return names;
            }
            for (List<?> entry : entries) {
                if (entry.size() >= 2 && entry.get(0) instanceof Integer type && type == DNS_NAME
                        && entry.get(1) instanceof String name) {
                    String normalized = normalize(name);
                    if (!normalized.isEmpty() && !names.contains(normalized)) {
                        names.add(normalized);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A certificate whose extension cannot be parsed vouches for nothing.
        }
        return names;
    }

    /** Whether {@code pattern} (a DNS name, possibly with a leading {@code *.} wildcard) covers {@code name}. */
    public static boolean covers(String pattern, String name) {
        String p = normalize(pattern);
        String n = normalize(name);
        if (p.isEmpty() || n.isEmpty()) {
            return false;
        }
        if (!p.startsWith("*.")) {
            return p.equals(n);
        }
        String suffix = p.substring(1); // ".example.org"
        if (!n.endsWith(suffix)) {
            return false;
        }
        String label = n.substring(0, n.length() - suffix.length());
        return !label.isEmpty() && label.indexOf('.') < 0;
    }

    static String normalize(String name) {
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
