// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.interceptor;

/** Stand-in for org.jivesoftware.openfire.interceptor.PacketRejectedException. */
public class PacketRejectedException extends Exception {

    public PacketRejectedException() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
