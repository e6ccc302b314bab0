package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One of the certificates that {@code src/test/resources/certificates/make-fixtures.sh} made, together with what
 * openssl printed about it: the tests' oracle, computed outside the code under test.
 *
 * @param name        the fixture's file name without {@code .pem}
 * @param certificate the certificate as Java parses it
 * @param openssl     what openssl said about it
 */
public record FixtureCertificate(String name, X509Certificate certificate, Openssl openssl) {

    /** RSA 2048, self-signed, CN example.org, SAN example.org and *.example.org, valid 2025-06-01 to 2050-06-01. */
    public static final String EXAMPLE_ORG_RSA = "example-org-rsa";
    /** EC P-256, issued by {@link #TEST_CA}, CN and SAN conference.example.org. */
    public static final String CONFERENCE_EC = "conference-ec";
    /** EC P-256, issued by {@link #TEST_CA}, SAN example.org, expired on 2020-01-01. */
    public static final String EXPIRED_EC = "expired-ec";
    /** EC P-256, self-signed, SAN other.test only. */
    public static final String OTHER_TEST = "other-test";
    /** EC P-384, self-signed, CN example.org and no subjectAltName. */
    public static final String CN_ONLY = "cn-only";
    /** EC P-256, issued by {@link #TEST_CA} under the CA's own name: subject = issuer, yet not self-signed. */
    public static final String ISSUER_TWIN = "issuer-twin";
    /** The small CA that issued {@link #CONFERENCE_EC}, {@link #EXPIRED_EC} and {@link #ISSUER_TWIN}. */
    public static final String TEST_CA = "test-ca";

    public static final List<String> ALL = List.of(EXAMPLE_ORG_RSA, CONFERENCE_EC, EXPIRED_EC, OTHER_TEST, CN_ONLY,
            ISSUER_TWIN, TEST_CA);

    /**
     * What openssl printed: {@code x509 -fingerprint -sha1/-sha256}, {@code -nameopt RFC2253 -subject -issuer -dates
     * -text}, the SPKI digest through {@code pkey | dgst -sha256 -binary | xxd / base64}, and whether
     * {@code openssl verify} accepts the certificate with only itself as trust anchor (so: self-signed).
     *
     * @param keyAlgorithm the "Public Key Algorithm" line of {@code -text}, e.g. {@code rsaEncryption}
     * @param dnsNames     the DNS entries of the "X509v3 Subject Alternative Name" of {@code -text}, in order
     */
    public record Openssl(String sha1, String sha256, String subject, String issuer, Instant notBefore,
                          Instant notAfter, String keyAlgorithm, int keyBits, List<String> dnsNames,
                          boolean verifiesAgainstItself, String spkiSha256Hex, String spkiSha256Base64) {
    }

    private static final DateTimeFormatter OPENSSL_DATE =
            DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy z", Locale.ENGLISH);

    public static FixtureCertificate load(String name) {
        X509Certificate certificate;
        try (InputStream in = resource(name + ".pem")) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Cannot read the fixture " + name + ".pem", e);
        }
        return new FixtureCertificate(name, certificate, openssl(name));
    }

    /**
     * Something openssl printed about a certificate, beside the same as the code under test finds it in a {@code T}
     * (the certificate's facts, say); named, in test reports, by what the two must agree on.
     */
    public record Agreement<T>(String name, Function<Openssl, ?> printed, Function<T, ?> found) {

        public void assertHolds(FixtureCertificate fixture, T foundIn) {
            assertEquals(printed.apply(fixture.openssl()), found.apply(foundIn), name + ": " + fixture.name());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * For a parameterized test of each check against each fixture: every pair, check first, the fixture loaded and
     * named by its file name. One check's fixtures come together, in the order of {@link #ALL}.
     */
    public static Stream<Arguments> eachWithEveryFixture(List<?> checks) {
        return checks.stream()
                .flatMap(check -> ALL.stream().map(name -> Arguments.of(check, Named.of(name, load(name)))));
    }

    public CertificateFacts facts(IdentityStoreKind store) {
        try {
            return CertificateFacts.of(certificate, store);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Openssl openssl(String name) {
        String text = text(name + ".txt");
        return new Openssl(
                afterEquals(text(name + ".sha1.txt")),
                afterEquals(text(name + ".sha256.txt")),
                field(text, "subject"),
                field(text, "issuer"),
                date(field(text, "notBefore")),
                date(field(text, "notAfter")),
                match(text, "Public Key Algorithm: (\\S+)"),
                Integer.parseInt(match(text, "Public-Key: \\((\\d+) bit\\)")),
                dnsNames(text),
                text(name + ".verify-self.txt").strip().endsWith(name + ".pem: OK"),
                text(name + ".spki-hex.txt").strip(),
                text(name + ".spki-base64.txt").strip());
    }

    /** The text after the first {@code =}, as in {@code sha1 Fingerprint=AB:CD:…}. */
    private static String afterEquals(String line) {
        return line.substring(line.indexOf('=') + 1).strip();
    }

    /** A {@code key=value} line at the start of openssl's output, e.g. {@code subject=CN=example.org}. */
    private static String field(String text, String key) {
        return text.lines().filter(line -> line.startsWith(key + "=")).findFirst()
                .map(line -> line.substring(key.length() + 1))
                .orElseThrow(() -> new IllegalStateException("openssl printed no " + key));
    }

    private static Instant date(String opensslDate) {
        return ZonedDateTime.parse(opensslDate.replaceAll("\\s+", " "), OPENSSL_DATE).toInstant();
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("openssl printed nothing like " + regex);
        }
        return m.group(1);
    }

    private static List<String> dnsNames(String text) {
        List<String> names = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).strip().startsWith("X509v3 Subject Alternative Name")) {
                for (String entry : lines.get(i + 1).strip().split(",\\s*")) {
                    if (entry.startsWith("DNS:")) {
                        names.add(entry.substring(4));
                    }
                }
            }
        }
        return names;
    }

    static InputStream resource(String file) {
        InputStream in = FixtureCertificate.class.getResourceAsStream("/certificates/" + file);
        if (in == null) {
            throw new IllegalStateException("No fixture certificates/" + file + " on the test class path");
        }
        return in;
    }

    private static String text(String file) {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
