package org.conferencehelp.openfire;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.conferencehelp.live.ServerChanges;
import org.jivesoftware.openfire.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Which of Openfire's room events and stanzas make the room list refresh: the events of what the page shows, and
 * an owner's configuration request once Openfire has processed it (Openfire raises no event for that).
 */
class RoomEventsTest {

    private static final JID ROOM = new JID("lobby@conference.example.org");
    private static final JID USER = new JID("alice@example.org/phone");

    private final ServerChanges site = mock(ServerChanges.class);
    private final RoomEvents events = new RoomEvents(site);

    @Test
    void roomsCreatedDestroyedJoinedLeftAndReSubjectedRefreshThatRoom() {
        events.roomCreated(1, ROOM);
        events.roomDestroyed(1, ROOM);
        events.occupantJoined(ROOM, USER, "alice");
        events.occupantLeft(new JID("lobby@conference.example.org/alice"), USER, "alice"); // as Openfire passes it
        events.roomSubjectChanged(ROOM, USER, "New topic");

        verify(site, times(5)).roomChanged("lobby@conference.example.org");
    }

    @Test
    void messagesAndNicknamesChangeNothingThePageShows() {
        events.messageReceived(ROOM, USER, "alice", new Message());
        events.privateMessageRecieved(USER, USER, new Message());
        events.nicknameChanged(ROOM, USER, "alice", "al");
        events.roomClearChatHistory(1, ROOM);

        verifyNoInteractions(site);
    }

    @Test
    void anOwnersProcessedConfigurationRequestRefreshesTheList() {
        events.interceptPacket(configuration(IQ.Type.set), mock(Session.class), true, true);

        verify(site).roomChanged("lobby@conference.example.org");
    }

    @ParameterizedTest(name = "incoming {0}, processed {1}, type {2}")
    @CsvSource({"true,false,set", "false,true,set", "true,true,get", "true,true,result"})
    void notBeforeItWasProcessedNorForAnythingButASet(boolean incoming, boolean processed, IQ.Type type) {
        events.interceptPacket(configuration(type), mock(Session.class), incoming, processed);

        verifyNoInteractions(site);
    }

    @Test
    void otherRequestsToARoomAreNotConfiguration() {
        IQ query = new IQ(IQ.Type.set);
        query.setTo(ROOM);
        query.setChildElement("query", "http://jabber.org/protocol/muc#admin");

        events.interceptPacket(query, mock(Session.class), true, true);
        events.interceptPacket(new Message(), mock(Session.class), true, true);

        verifyNoInteractions(site);
    }

    private static IQ configuration(IQ.Type type) {
        IQ iq = new IQ(type);
        iq.setTo(ROOM);
        iq.setChildElement("query", "http://jabber.org/protocol/muc#owner").addElement("x", "jabber:x:data")
                .addAttribute("type", "submit");
        return iq;
    }
}
