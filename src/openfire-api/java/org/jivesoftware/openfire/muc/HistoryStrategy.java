// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.muc;

/** Stand-in for org.jivesoftware.openfire.muc.HistoryStrategy. */
public class HistoryStrategy {

    public int getMaxNumber() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public Type getType() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public enum Type {
        defaulType, none, all, number
    }
}
