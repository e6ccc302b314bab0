// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire;

import java.util.Collection;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.keystore.CertificateStoreManager;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.xmpp.packet.JID;

/** Stand-in for org.jivesoftware.openfire.XMPPServer. */
public class XMPPServer {

    public static XMPPServer getInstance() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public org.jivesoftware.openfire.cluster.NodeID getNodeID() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public XMPPServerInfo getServerInfo() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public ConnectionManager getConnectionManager() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public MultiUserChatManager getMultiUserChatManager() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public CertificateStoreManager getCertificateStoreManager() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public Collection<JID> getAdmins() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public PluginManager getPluginManager() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
