package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's keytool, as an administrator runs it on Openfire's key stores (password "changeit", as Openfire ships
 * them), and reading a store back.
 */
final class KeyTool {

    static final String PASSWORD = "changeit";

    private KeyTool() {
    }

    /** Generates a new RSA key pair and a self-signed certificate for {@code names} (the first is the CN). */
    static void generateKeyPair(Path store, String storeType, String alias, String... names)
            throws IOException, InterruptedException {
        List<String> san = new ArrayList<>();
        for (String name : names) {
            san.add("dns:" + name);
        }
        run("-genkeypair", "-keystore", store.toString(), "-storetype", storeType, "-storepass", PASSWORD,
                "-keypass", PASSWORD, "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "90",
                "-dname", "CN=" + names[0], "-ext", "SAN=" + String.join(",", san));
    }

    static void delete(Path store, String storeType, String alias) throws IOException, InterruptedException {
        run("-delete", "-keystore", store.toString(), "-storetype", storeType, "-storepass", PASSWORD,
                "-alias", alias);
    }

    static KeyStore load(Path store) throws IOException {
        try {
            return KeyStore.getInstance(store.toFile(), PASSWORD.toCharArray()); // finds out JKS or PKCS12
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read " + store, e);
        }
    }

    static X509Certificate certificate(Path store, String alias) throws IOException {
        try {
            return (X509Certificate) load(store).getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    static List<String> aliases(KeyStore store) throws IOException {
        try {
            return Collections.list(store.aliases());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("keytool did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
