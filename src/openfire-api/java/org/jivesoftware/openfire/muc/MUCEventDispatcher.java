// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.muc;

/** Stand-in for org.jivesoftware.openfire.muc.MUCEventDispatcher. */
public class MUCEventDispatcher {

    public static void addListener(MUCEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void removeListener(MUCEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
