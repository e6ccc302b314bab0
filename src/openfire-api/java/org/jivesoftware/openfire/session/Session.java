// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.session;

/** Stand-in for org.jivesoftware.openfire.session.Session (its methods are not used by the plugin). */
public interface Session {
}
