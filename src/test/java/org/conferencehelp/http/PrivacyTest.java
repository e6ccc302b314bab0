package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conferencehelp.page.Language;
import org.conferencehelp.tls.IdentityStoreKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing private leaves the site: not the hidden services, unlisted or locked rooms the fake server holds (with an
 * occupant's address and a password among their texts), nor the key store's path or password, nor the exception
 * that a missing store raised, in any body or header of any kind of answer.
 */
class PrivacyTest {

    private static final String STORE_PASSWORD = "store-pass-0xC0FFEE";

    @TempDir
    static Path folder;
    private static Path keyStoreFile;
    private static Path missingFile;
    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        keyStoreFile = folder.resolve("openfire-identity-store.p12");
        missingFile = folder.resolve("s2s-identity-store.jks");
        KeyStore store = TestSite.newKeyStore();
        KeyStore withPassword = KeyStore.getInstance("PKCS12");
        withPassword.load(null, null);
        String alias = store.aliases().nextElement();
        withPassword.setKeyEntry(alias, store.getKey(alias, "changeit".toCharArray()),
                STORE_PASSWORD.toCharArray(), store.getCertificateChain(alias));
        try (OutputStream out = Files.newOutputStream(keyStoreFile)) {
            withPassword.store(out, STORE_PASSWORD.toCharArray());
        }
        site = new TestSite().identityStores(kind -> {
            Path file = kind == IdentityStoreKind.CLIENT ? keyStoreFile : missingFile;
            KeyStore read = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) { // the server store's file is missing: it throws
                read.load(in, STORE_PASSWORD.toCharArray());
            }
            return read;
        }).start();
        assertTrue(site.get(TestSite.PAGE).text().contains(CertificateOracle.sha256(
                TestSite.certificateOf(withPassword))), "the file-based store was not read");
        assertThrowsNoSuchFile();
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
    }

    static Stream<Arguments> everyKindOfAnswer() {
        List<Arguments> requests = new ArrayList<>();
        for (Language language : Language.values()) {
            requests.add(Arguments.of("GET", TestSite.PAGE + "?lang=" + language.code(), new String[0]));
            requests.add(Arguments.of("GET", TestSite.PAGE, new String[] {"Accept-Language", language.code()}));
            requests.add(Arguments.of("GET", TestSite.DEFINITIONS + "?lang=" + language.code(), new String[0]));
        }
        requests.add(Arguments.of("GET", TestSite.PAGE, new String[] {"Accept-Encoding", "gzip"}));
        requests.add(Arguments.of("GET", TestSite.JSON, new String[0]));
        requests.add(Arguments.of("GET", TestSite.JSON, new String[] {"Accept-Encoding", "gzip"}));
        requests.add(Arguments.of("HEAD", TestSite.JSON, new String[0]));
        requests.add(Arguments.of("GET", "/help/assets/page.js", new String[0]));
        requests.add(Arguments.of("GET", "/help/assets/style.css", new String[0]));
        requests.add(Arguments.of("GET", "/help/assets/icon.svg", new String[0]));
        for (String notFound : new String[] {"/help/nope", "/help/internal.example.org", "/help/staff-unlisted",
                "/help/assets/../../etc/passwd", "/help/WEB-INF/", "/help/assets/keystore"}) {
            requests.add(Arguments.of("GET", notFound, new String[0]));
        }
        // Rooms' pages: listed ones, and every address that must answer as if it never existed.
        for (String room : new String[] {"/help/rooms/lobby@conference.example.org/",
                "/help/rooms/lobby@conference.example.org", "/help/rooms/staff-unlisted@conference.example.org/",
                "/help/rooms/being-set-up@conference.example.org/", "/help/rooms/vault-room@internal.example.org/",
                "/help/rooms/staff-unlisted@conference.example.org", "/help/rooms/", "/help/rooms/x/y/"}) {
            requests.add(Arguments.of("GET", room, new String[0]));
        }
        requests.add(Arguments.of("GET", "/help/rooms/lobby@conference.example.org/",
                new String[] {"User-Agent", "Mozilla/5.0 (Linux; Android 14)", "Accept-Encoding", "gzip"}));
        for (String redirect : new String[] {"/help", "/help/", "/help/using-conferences?lang=de",
                "/help/definitions?lang=xx"}) {
            requests.add(Arguments.of("GET", redirect, new String[0]));
        }
        requests.add(Arguments.of("GET", TestSite.PAGE, new String[] {"If-None-Match", "*"}));
        requests.add(Arguments.of("POST", TestSite.PAGE, new String[0]));
        requests.add(Arguments.of("TRACE", TestSite.JSON, new String[0]));
        return requests.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindOfAnswer")
    void revealsNothingPrivate(String method, String path, String[] headers) throws Exception {
        TestSite.Response response = site.request(method, path, headers);
        assertTrue(response.status() < 500, "status " + response.status());
        String body = response.decodedText();
        StringBuilder headerText = new StringBuilder();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            headerText.append(header.getKey()).append(": ").append(header.getValue()).append('\n');
        }
        for (String secret : secrets()) {
            assertFalse(body.contains(secret), "the body reveals \"" + secret + "\"");
            assertFalse(headerText.toString().contains(secret), "a header reveals \"" + secret + "\"");
        }
    }

    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(TestSite.PRIVATE);
        secrets.addAll(List.of(keyStoreFile.toString(), missingFile.toString(), folder.toString(),
                System.getProperty("java.io.tmpdir"), "/tmp", "openfire-identity-store", "s2s-identity-store",
                STORE_PASSWORD, "NoSuchFile", "java.", "Exception", "at org.", "\tat "));
        return secrets;
    }

    /** The server store's source really fails with its path in the message: the leak the test looks for. */
    private static void assertThrowsNoSuchFile() {
        try {
            Files.newInputStream(missingFile).close();
        } catch (NoSuchFileException expected) {
            assertTrue(expected.toString().contains(folder.toString()));
            return;
        } catch (Exception other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("the missing store exists");
    }
}
