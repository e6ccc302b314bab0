// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util;

/** Stand-in for org.jivesoftware.util.PropertyEventDispatcher. */
public class PropertyEventDispatcher {

    private PropertyEventDispatcher() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void addListener(PropertyEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void removeListener(PropertyEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
