package org.conferencehelp.tls;

import java.io.InputStream;
import java.security.KeyStore;

/**
 * The key stores that {@code make-fixtures.sh} made (password {@code changeit}), and stores put together from their
 * entries for a test.
 */
public final class FixtureStores {

    /** Key entries "example.org" (example-org-rsa) and "conference" (conference-ec, chain leaf then test CA). */
    public static final String CLIENT_P12 = "client.p12";
    /** Key entries "example.org" (the same example-org-rsa) and "expired"; trusted-cert entry "test-ca". */
    public static final String SERVER_JKS = "server.jks";
    /** Key entries "other" (other-test) and "cn-only". */
    public static final String OTHERS_P12 = "others.p12";
    /** No entry at all. */
    public static final String EMPTY_P12 = "empty.p12";
    /** Only the trusted-cert entry "test-ca". */
    public static final String TRUSTED_ONLY_JKS = "trusted-only.jks";

    public static final char[] PASSWORD = "changeit".toCharArray();

    private FixtureStores() {
    }

    public static KeyStore load(String file) {
        return load(file, PASSWORD);
    }

    private static KeyStore load(String file, char[] password) {
        try {
            return open(file, password);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the fixture store " + file, e);
        }
    }

    /** Opens a fixture store as Openfire would, failing as it would (a wrong password is an IOException). */
    public static KeyStore open(String file, char[] password) throws Exception {
        try (InputStream in = FixtureCertificate.resource(file)) {
            KeyStore store = KeyStore.getInstance(file.endsWith(".jks") ? "JKS" : "PKCS12");
            store.load(in, password);
            return store;
        }
    }

    /** A new in-memory store holding copies of the given entries, each named {@code "file:alias"}, in that order. */
    public static KeyStore with(String... fileAndAlias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (String entry : fileAndAlias) {
                String[] parts = entry.split(":", 2);
                KeyStore from = load(parts[0]);
                KeyStore.ProtectionParameter protection =
                        from.isKeyEntry(parts[1]) ? new KeyStore.PasswordProtection(PASSWORD) : null;
                KeyStore.Entry copied = from.getEntry(parts[1], protection);
                if (copied == null) {
                    throw new IllegalArgumentException("No entry " + entry);
                }
                store.setEntry(parts[1], copied, protection);
            }
            return store;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot put together a store of " + String.join(", ", fileAndAlias), e);
        }
    }

    /** Serves {@code client} as the client identity store and {@code server} as the server one. */
    public static IdentityStoreSource source(KeyStore client, KeyStore server) {
        return kind -> kind == IdentityStoreKind.CLIENT ? client : server;
    }
}
