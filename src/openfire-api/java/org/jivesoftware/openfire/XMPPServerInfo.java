// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire;

/** Stand-in for org.jivesoftware.openfire.XMPPServerInfo. */
public interface XMPPServerInfo {

    String getHostname();

    String getXMPPDomain();

    org.jivesoftware.util.Version getVersion();
}
