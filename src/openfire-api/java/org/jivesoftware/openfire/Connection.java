// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire;

import java.io.Closeable;

/** Stand-in for org.jivesoftware.openfire.Connection. */
public interface Connection extends Closeable {

    /** Stand-in for org.jivesoftware.openfire.Connection.TLSPolicy. */
    enum TLSPolicy {
        required,
        optional,
        disabled,
        directTLS
    }
}
