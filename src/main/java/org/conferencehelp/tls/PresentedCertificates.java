package org.conferencehelp.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509KeyManager;

/**
 * The certificates a TLS handshake gets from a key manager when the client names no server (no SNI), as Openfire's
 * XMPP listeners choose them: Openfire picks no alias itself, it lets the JDK's "NewSunX509" key manager choose
 * among the store's key entries, by key type (RSA or EC, as the client supports) and validity.
 */
public final class PresentedCertificates {

    /** The key types a modern client accepts; the server presents the certificate chosen for the one it agrees on. */
    private static final List<String> KEY_TYPES = List.of("RSA", "EC");

    private PresentedCertificates() {
    }

    /** What the given key manager presents, one certificate per key type it has one for. */
    public static List<X509Certificate> chosenBy(KeyManager[] keyManagers) {
        List<X509Certificate> chosen = new ArrayList<>();
        for (KeyManager manager : keyManagers) {
            if (manager instanceof X509KeyManager x509) {
                for (String keyType : KEY_TYPES) {
                    String alias = x509.chooseServerAlias(keyType, null, null);
                    X509Certificate[] chain = alias == null ? null : x509.getCertificateChain(alias);
                    if (chain != null && chain.length > 0 && !chosen.contains(chain[0])) {
                        chosen.add(chain[0]);
                    }
                }
            }
        }
        return chosen;
    }

    /** What a key store presents through the same kind of key manager Openfire makes for its listeners. */
    public static List<X509Certificate> of(KeyStore store, char[] password) throws Exception {
        KeyManagerFactory factory = KeyManagerFactory.getInstance("NewSunX509");
        factory.init(store, password);
        return chosenBy(factory.getKeyManagers());
    }
}
