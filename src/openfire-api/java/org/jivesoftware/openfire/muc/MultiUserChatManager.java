// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.muc;

import java.util.List;

/** Stand-in for org.jivesoftware.openfire.muc.MultiUserChatManager. */
public class MultiUserChatManager {

    public List<MultiUserChatService> getMultiUserChatServices() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public Long getMultiUserChatServiceID(@javax.annotation.Nonnull final String subdomain) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
