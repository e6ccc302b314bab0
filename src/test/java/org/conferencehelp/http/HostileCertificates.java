package org.conferencehelp.http;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates whose subject or DNS names carry whatever a test wants, built with BouncyCastle. */
final class HostileCertificates {

    private static final KeyPair KEYS = keys();
    private static final AtomicLong SERIAL = new AtomicLong(1);

    private HostileCertificates() {
    }

    /** Subject CN and O are the text (as UTF8Strings, taken literally); the DNS names cover the test domain. */
    static X509Certificate withSubject(String text) throws Exception {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, new DERUTF8String(text))
                .addRDN(BCStyle.O, new DERUTF8String(text))
                .build();
        return certificate(subject, List.of());
    }

    /** The test domain's names plus one DNS name holding the text as it is (IA5 does not check it). */
    static X509Certificate withDnsName(String ia5) throws Exception {
        return certificate(new X500Name("CN=" + TestSite.DOMAIN), List.of(ia5));
    }

    /** A store with a key entry per certificate, all on the same key (JKS: PKCS12 key protection is slow). */
    static KeyStore storeOf(X509Certificate... certificates) throws Exception {
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        for (int i = 0; i < certificates.length; i++) {
            store.setKeyEntry("entry" + i, KEYS.getPrivate(), "changeit".toCharArray(),
                    new Certificate[] {certificates[i]});
        }
        return store;
    }

    private static X509Certificate certificate(X500Name subject, List<String> extraDnsNames) throws Exception {
        List<GeneralName> names = new ArrayList<>(List.of(
                new GeneralName(GeneralName.dNSName, TestSite.DOMAIN),
                new GeneralName(GeneralName.dNSName, "*." + TestSite.DOMAIN)));
        for (String name : extraDnsNames) {
            names.add(new GeneralName(GeneralName.dNSName, new DERIA5String(name)));
        }
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(SERIAL.getAndIncrement()), Date.from(TestSite.NOW.minus(Duration.ofDays(1))),
                Date.from(TestSite.NOW.plus(Duration.ofDays(90))), subject, KEYS.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(names.toArray(GeneralName[]::new)));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(KEYS.getPrivate())));
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
