// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.muc;

import javax.annotation.Nonnull;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/** Stand-in for org.jivesoftware.openfire.muc.MUCEventListener. */
public interface MUCEventListener {

    void roomCreated(final long roomID, final @Nonnull JID roomJID);

    void roomDestroyed(final long roomID, final @Nonnull JID roomJID);

    void roomClearChatHistory(final long roomID, final @Nonnull JID roomJID);

    void occupantJoined(JID roomJID, JID user, String nickname);

    void occupantLeft(JID roomJID, JID user, String nickname);

    void occupantNickKicked(JID roomJID, String nickname);

    void nicknameChanged(JID roomJID, JID user, String oldNickname, String newNickname);

    void messageReceived(JID roomJID, JID user, String nickname, Message message);

    void privateMessageRecieved(JID toJID, JID fromJID, Message message);

    void roomSubjectChanged(JID roomJID, JID user, String newSubject);
}
