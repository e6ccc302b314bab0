package org.conferencehelp.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The SHA-1 and SHA-256 fingerprints of a certificate, as {@code openssl x509 -fingerprint} prints them
 * (upper-case hex pairs joined by colons), and the SHA-256 of its public key (SubjectPublicKeyInfo), which is what
 * DANE {@code TLSA 3 1 1} records and key pins publish.
 */
public record Fingerprints(String sha1, String sha256, String publicKeySha256Hex, String publicKeySha256Base64) {

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    public static Fingerprints of(X509Certificate certificate) throws CertificateEncodingException {
        byte[] der = certificate.getEncoded();
        byte[] spki = digest("SHA-256", certificate.getPublicKey().getEncoded());
        return new Fingerprints(
                COLON_HEX.formatHex(digest("SHA-1", der)),
                COLON_HEX.formatHex(digest("SHA-256", der)),
                HexFormat.of().formatHex(spki),
                Base64.getEncoder().encodeToString(spki));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, e);
        }
    }
}
