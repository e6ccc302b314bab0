package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a listener presents, told without a handshake, is what a real TLS handshake with a server over the same key
 * manager shows a client that names no server: for a client that takes RSA, and for one that takes EC.
 */
class PresentedCertificatesTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"client.p12,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "client.p12,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "server.jks,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "server.jks,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"})
    void aRealHandshakeShowsOneOfThePresentedCertificates(String file, String cipherSuite) throws Exception {
        KeyStore store = FixtureStores.load(file);
        List<X509Certificate> presented = PresentedCertificates.of(store, FixtureStores.PASSWORD);

        X509Certificate seen = handshake(store, cipherSuite);

        assertEquals(1, presented.stream().filter(seen::equals).count(), "seen: " + seen.getSubjectX500Principal());
    }

    @ParameterizedTest
    @CsvSource({"client.p12,2", "server.jks,2", "others.p12,1"})
    void oneCertificatePerKeyTypeTheStoreHas(String file, int count) throws Exception {
        assertEquals(count, PresentedCertificates.of(FixtureStores.load(file), FixtureStores.PASSWORD).size());
    }

    /** The certificate a TLS 1.2 client limited to one cipher suite (so one key type) is shown. */
    private static X509Certificate handshake(KeyStore store, String cipherSuite) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance("NewSunX509");
        keys.init(store, FixtureStores.PASSWORD);
        SSLContext server = SSLContext.getInstance("TLSv1.2");
        server.init(keys.getKeyManagers(), null, new SecureRandom());
        SSLContext client = SSLContext.getInstance("TLSv1.2");
        client.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom()); // sees, not judges
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.startHandshake();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                socket.setEnabledCipherSuites(new String[] {cipherSuite});
                socket.startHandshake();
                X509Certificate seen = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                accepted.get(10, TimeUnit.SECONDS);
                return seen;
            }
        }
    }
}
