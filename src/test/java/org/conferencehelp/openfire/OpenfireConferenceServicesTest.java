package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.Test;

class OpenfireConferenceServicesTest {

    private final MultiUserChatManager manager = mock(MultiUserChatManager.class);

    @Test
    void mapsEachServiceAndItsRoomsAsOpenfireReportsThem() {
        MUCRoom lobby = room("lobby", "Lobby", "Say hi", "Welcome", 3, true, false, false, true);
        MultiUserChatService service = service("conference.example.org", "Public rooms", true, false, lobby);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        List<ServiceListing> services = new OpenfireConferenceServices(manager).services();

        assertEquals(List.of(new ServiceListing("conference.example.org", "Public rooms", true, false, List.of(
                new RoomListing("lobby", "Lobby", "Say hi", "Welcome", 3, true, false, false, true)))), services);
    }

    @Test
    void readsOnlyTheRoomsOpenfireHoldsInMemory() {
        MultiUserChatService service = service("conference.example.org", "", true, false);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        new OpenfireConferenceServices(manager).services();

        verify(service).getActiveChatRooms();
    }

    @Test
    void neverReadsTheRoomsOfHiddenOrDisabledServices() {
        MultiUserChatService hidden = service("hidden.example.org", "", true, true);
        MultiUserChatService disabled = service("off.example.org", "", false, false);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(hidden, disabled));

        List<ServiceListing> services = new OpenfireConferenceServices(manager).services();

        verify(hidden, never()).getActiveChatRooms();
        verify(disabled, never()).getActiveChatRooms();
        assertEquals(2, services.size(), "still reported, so the directory can decide");
    }

    @Test
    void leavesOutAServiceThatFailsWhileBeingRead() {
        MultiUserChatService removed = service("gone.example.org", "", true, false);
        when(removed.getActiveChatRooms()).thenThrow(new IllegalStateException("service removed"));
        MultiUserChatService fine = service("conference.example.org", "", true, false);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(removed, fine));

        List<ServiceListing> services = new OpenfireConferenceServices(manager).services();

        assertEquals(List.of("conference.example.org"), services.stream().map(ServiceListing::domain).toList());
    }

    static MultiUserChatService service(String domain, String description, boolean enabled, boolean hidden,
                                        MUCRoom... rooms) {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(domain);
        when(service.getDescription()).thenReturn(description);
        when(service.isServiceEnabled()).thenReturn(enabled);
        when(service.isHidden()).thenReturn(hidden);
        when(service.getActiveChatRooms()).thenReturn(List.of(rooms));
        return service;
    }

    static MUCRoom room(String node, String name, String description, String subject, int occupants,
                        boolean listed, boolean locked, boolean membersOnly, boolean password) {
        MUCRoom room = mock(MUCRoom.class);
        when(room.getName()).thenReturn(node);
        when(room.getNaturalLanguageName()).thenReturn(name);
        when(room.getDescription()).thenReturn(description);
        when(room.getSubject()).thenReturn(subject);
        when(room.getOccupantsCount()).thenReturn(occupants);
        when(room.isPublicRoom()).thenReturn(listed);
        when(room.isLocked()).thenReturn(locked);
        when(room.isMembersOnly()).thenReturn(membersOnly);
        when(room.isPasswordProtected()).thenReturn(password);
        return room;
    }
}
