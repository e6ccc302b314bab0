package org.conferencehelp.openfire;

import org.conferencehelp.live.ServerChanges;
import org.dom4j.Element;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.openfire.muc.MUCEventListener;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;

/**
 * Tells the help site when rooms change, so the room list follows within a moment instead of at the next periodic
 * refresh. Openfire raises events for rooms created and destroyed, occupants joining and leaving, and subjects; it
 * raises none when an owner reconfigures a room (makes it hidden, members-only, renames it…), so the owner's
 * configuration request ({@code muc#owner} IQ set) is watched for too, once Openfire has processed it. The periodic
 * refresh still catches what comes without either (the admin console changes rooms directly).
 *
 * <p>Openfire calls these on the thread that handled the stanza, often holding the room's lock: they only ask for a
 * refresh, which runs later on the site's own thread, once for a burst of changes.
 */
final class RoomEvents implements MUCEventListener, PacketInterceptor {

    private static final String MUC_OWNER = "http://jabber.org/protocol/muc#owner";

    private final ServerChanges site;

    RoomEvents(ServerChanges site) {
        this.site = site;
    }

    void register() {
        MUCEventDispatcher.addListener(this);
        InterceptorManager.getInstance().addInterceptor(this);
    }

    void unregister() {
        InterceptorManager.getInstance().removeInterceptor(this);
        MUCEventDispatcher.removeListener(this);
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed) {
        if (incoming && processed && packet instanceof IQ iq && iq.getType() == IQ.Type.set) {
            Element query = iq.getChildElement();
            if (query != null && MUC_OWNER.equals(query.getNamespaceURI()) && iq.getTo() != null) {
                site.roomChanged(iq.getTo().toBareJID());
            }
        }
    }

    @Override
    public void roomCreated(long roomID, JID roomJID) {
        site.roomChanged(roomJID.toBareJID());
    }

    @Override
    public void roomDestroyed(long roomID, JID roomJID) {
        site.roomChanged(roomJID.toBareJID());
    }

    @Override
    public void occupantJoined(JID roomJID, JID user, String nickname) {
        site.roomChanged(roomJID.toBareJID());
    }

    /** Openfire passes the occupant's JID in the room here ({@code room@service/nick}), hence the bare JID. */
    @Override
    public void occupantLeft(JID roomJID, JID user, String nickname) {
        site.roomChanged(roomJID.toBareJID());
    }

    @Override
    public void roomSubjectChanged(JID roomJID, JID user, String newSubject) {
        site.roomChanged(roomJID.toBareJID());
    }

    // Nothing the page shows.

    @Override
    public void roomClearChatHistory(long roomID, JID roomJID) {
    }

    @Override
    public void occupantNickKicked(JID roomJID, String nickname) {
    }

    @Override
    public void nicknameChanged(JID roomJID, JID user, String oldNickname, String newNickname) {
    }

    @Override
    public void messageReceived(JID roomJID, JID user, String nickname, Message message) {
    }

    @Override
    public void privateMessageRecieved(JID toJID, JID fromJID, Message message) {
    }
}
