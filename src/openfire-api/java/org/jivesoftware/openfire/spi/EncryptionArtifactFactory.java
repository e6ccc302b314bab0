// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.spi;

import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import javax.net.ssl.KeyManager;

/** Stand-in for org.jivesoftware.openfire.spi.EncryptionArtifactFactory. */
public class EncryptionArtifactFactory {

    public EncryptionArtifactFactory(ConnectionConfiguration configuration) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public KeyManager[] getKeyManagers() throws UnrecoverableKeyException, NoSuchAlgorithmException,
            KeyStoreException {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
