package org.conferencehelp.tls;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * What a user may want to know about one certificate the server presents, read once when the stores change.
 *
 * @param stores which of Openfire's identity stores hold it (the same certificate often serves both)
 * @param pem    the certificate itself, PEM-encoded (it is public: every TLS handshake sends it); empty when unknown
 */
public record CertificateFacts(
        String subject,
        String issuer,
        List<String> names,
        String keyType,
        int keySize,
        Instant notBefore,
        Instant notAfter,
        boolean selfSigned,
        Fingerprints fingerprints,
        Set<IdentityStoreKind> stores,
        String pem) {

    /** Certificates that expire within this many days are flagged on the page. */
    public static final int EXPIRY_WARNING_DAYS = 14;

    public CertificateFacts {
        names = List.copyOf(names);
        stores = stores.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stores));
    }

    /** Facts without the certificate's own bytes: for tests that need no download. */
    public CertificateFacts(String subject, String issuer, List<String> names, String keyType, int keySize,
                            Instant notBefore, Instant notAfter, boolean selfSigned, Fingerprints fingerprints,
                            Set<IdentityStoreKind> stores) {
        this(subject, issuer, names, keyType, keySize, notBefore, notAfter, selfSigned, fingerprints, stores, "");
    }

    public static CertificateFacts of(X509Certificate certificate, IdentityStoreKind store)
            throws CertificateException {
        PublicKey key = certificate.getPublicKey();
        return new CertificateFacts(
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                ServerNames.of(certificate),
                keyType(key),
                keySize(key),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                isSelfSigned(certificate),
                Fingerprints.of(certificate),
                Set.of(store),
                pem(certificate));
    }

    /** The same certificate, known to be in one more store. */
    CertificateFacts alsoIn(Set<IdentityStoreKind> more) {
        EnumSet<IdentityStoreKind> all = EnumSet.noneOf(IdentityStoreKind.class);
        all.addAll(stores);
        all.addAll(more);
        return new CertificateFacts(subject, issuer, names, keyType, keySize, notBefore, notAfter, selfSigned,
                fingerprints, all, pem);
    }

    public boolean covers(String name) {
        return names.stream().anyMatch(pattern -> ServerNames.covers(pattern, name));
    }

    /** Whole days until the certificate expires (negative once it has). */
    public long daysLeft(Instant now) {
        return Math.floorDiv(Duration.between(now, notAfter).getSeconds(), Duration.ofDays(1).getSeconds());
    }

    /** What the page says of the certificate's validity at a given instant: it changes with time alone. */
    public record Age(long daysLeft, ExpiryState state) {
    }

    public Age age(Instant now) {
        return new Age(daysLeft(now), expiryState(now));
    }

    public ExpiryState expiryState(Instant now) {
        if (now.isBefore(notBefore)) {
            return ExpiryState.NOT_YET_VALID;
        }
        if (!now.isBefore(notAfter)) {
            return ExpiryState.EXPIRED;
        }
        return daysLeft(now) < EXPIRY_WARNING_DAYS ? ExpiryState.EXPIRING_SOON : ExpiryState.VALID;
    }

    private static String keyType(PublicKey key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "EC";
            case "RSA", "RSASSA-PSS" -> "RSA";
            case "EdDSA", "Ed25519", "Ed448" -> key instanceof EdECPublicKey ed ? ed.getParams().getName() : "EdDSA";
            default -> key.getAlgorithm();
        };
    }

    private static int keySize(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof EdECPublicKey ed) {
            return "Ed448".equalsIgnoreCase(ed.getParams().getName()) ? 448 : 255;
        }
        return 0;
    }

    /** Issued by itself: the subject is the issuer and its own key verifies its signature. */
    private static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (Exception notSignedByItsOwnKey) {
            return false;
        }
    }

    /** RFC 7468's textual encoding: base64 of the DER bytes in lines of 64, between BEGIN and END lines. */
    private static String pem(X509Certificate certificate) throws CertificateException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }
}
