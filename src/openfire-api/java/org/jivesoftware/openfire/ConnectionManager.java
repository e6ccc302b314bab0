// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire;

import org.jivesoftware.openfire.spi.ConnectionListener;
import org.jivesoftware.openfire.spi.ConnectionType;

/** Stand-in for org.jivesoftware.openfire.ConnectionManager. */
public interface ConnectionManager {

    boolean isEnabled(ConnectionType type, boolean startInDirectTlsMode);

    ConnectionListener getListener(ConnectionType type, boolean startInDirectTlsMode);
}
