// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.spi;

/** Stand-in for org.jivesoftware.openfire.spi.ConnectionConfiguration (its methods are not used by the plugin). */
public class ConnectionConfiguration {

    private ConnectionConfiguration() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
