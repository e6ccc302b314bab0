package org.conferencehelp.http;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;

/** Fingerprints computed here with {@link MessageDigest}, independently of the plugin's {@code Fingerprints}. */
final class CertificateOracle {

    private CertificateOracle() {
    }

    static String sha256(X509Certificate certificate) throws Exception {
        return colonHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    static String sha1(X509Certificate certificate) throws Exception {
        return colonHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
    }

    /** As {@code openssl x509 -fingerprint} prints a digest: upper-case hex pairs joined by colons. */
    private static String colonHex(byte[] digest) {
        StringBuilder out = new StringBuilder();
        for (byte b : digest) {
            if (out.length() > 0) {
                out.append(':');
            }
            out.append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }
}
