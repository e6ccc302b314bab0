// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util;

/** Stand-in for org.jivesoftware.util.Version. */
public final class Version {

    private Version() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public int getMajor() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public int getMinor() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public int getMicro() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
