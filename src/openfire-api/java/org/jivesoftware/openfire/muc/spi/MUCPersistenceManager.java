// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.muc.spi;

/** Stand-in for org.jivesoftware.openfire.muc.spi.MUCPersistenceManager. */
public class MUCPersistenceManager {

    public static int getIntProperty(String subdomain, String name, int defaultValue) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean getBooleanProperty(String subdomain, String name, boolean defaultValue) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
