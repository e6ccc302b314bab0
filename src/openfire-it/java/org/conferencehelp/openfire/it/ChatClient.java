package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.net.InetAddress;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * A real XMPP client (Smack) logged in as one of the users autosetup created, for what users do with rooms: create
 * and configure them through the room configuration form (XEP-0045 §10), change the subject, join, leave, destroy.
 */
final class ChatClient implements AutoCloseable {

    static final String ALICE = "alice";
    static final String BOB = "bob";

    /** Fields of the room configuration form (XEP-0045 §16.5.3, muc#roomconfig). */
    static final String PUBLIC = "muc#roomconfig_publicroom";
    static final String PERSISTENT = "muc#roomconfig_persistentroom";
    static final String MEMBERS_ONLY = "muc#roomconfig_membersonly";
    static final String PASSWORD_PROTECTED = "muc#roomconfig_passwordprotectedroom";
    static final String PASSWORD = "muc#roomconfig_roomsecret";
    static final String NAME = "muc#roomconfig_roomname";
    static final String DESCRIPTION = "muc#roomconfig_roomdesc";

    /** A change to the room configuration form. */
    @FunctionalInterface
    interface Configuration {
        void fill(FillableForm form);
    }

    private final XMPPTCPConnection connection;
    private final String user;

    private ChatClient(XMPPTCPConnection connection, String user) {
        this.connection = connection;
        this.user = user;
    }

    /** Logs in on the client port, without TLS (Openfire's default policy makes it optional). */
    static ChatClient login(OpenfireServer server, String user)
            throws IOException, InterruptedException, SmackException, XMPPException {
        XMPPTCPConnectionConfiguration configuration = XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(OpenfireServer.DOMAIN)
                .setHostAddress(InetAddress.getByName(server.address()))
                .setPort(server.ports().client())
                .setSecurityMode(SecurityMode.disabled)
                .setUsernameAndPassword(user, user + "-secret")
                .setResource("openfire-it")
                .setConnectTimeout(10_000)
                .build();
        XMPPTCPConnection connection = new XMPPTCPConnection(configuration);
        connection.setReplyTimeout(10_000);
        connection.connect().login();
        return new ChatClient(connection, user);
    }

    static String address(String node) {
        return node + "@" + OpenfireServer.CONFERENCE_SERVICE;
    }

    MultiUserChat room(String node) throws IOException {
        return MultiUserChatManager.getInstanceFor(connection).getMultiUserChat(JidCreate.entityBareFrom(address(node)));
    }

    /** Creates a room and submits its configuration form, which unlocks it (XEP-0045 §10.1.3). */
    MultiUserChat createRoom(String node, Configuration configuration) throws Exception {
        MultiUserChat room = room(node);
        room.create(nickname());
        configure(room, configuration);
        return room;
    }

    /** Creates a room and leaves its configuration form unanswered: Openfire keeps it locked. */
    MultiUserChat createLockedRoom(String node) throws Exception {
        MultiUserChat room = room(node);
        room.create(nickname());
        return room;
    }

    void configure(MultiUserChat room, Configuration configuration) throws Exception {
        FillableForm form = room.getConfigurationForm().getFillableForm();
        configuration.fill(form);
        room.sendConfigurationForm(form);
    }

    void join(String node) throws Exception {
        room(node).join(nickname());
    }

    void join(String node, String password) throws Exception {
        room(node).join(nickname(), password);
    }

    void leave(String node) throws Exception {
        room(node).leave();
    }

    Resourcepart nickname() throws IOException {
        return Resourcepart.from(user);
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
