package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.conferencehelp.chat.RoomCreation;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.http.LogCapture;
import org.conferencehelp.tls.MutableClock;
import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.util.JiveGlobals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.MockedStatic;

/**
 * Openfire's services and rooms as the directory gets them: the rooms in memory, and the persistent rooms only in
 * Openfire's database, read with the adapter's own query from a real HSQLDB (the database of Openfire's embedded
 * mode) holding rows as Openfire writes them.
 */
class OpenfireConferenceServicesTest {

    private static final long SERVICE_ID = 1;

    private final MultiUserChatManager manager = mock(MultiUserChatManager.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final AtomicInteger queries = new AtomicInteger();
    private final String database = "jdbc:hsqldb:mem:muc" + System.nanoTime();
    private MockedStatic<JiveGlobals> jiveGlobals;
    private MockedStatic<DbConnectionManager> openfireDatabase;
    private Connection keepAlive;

    @BeforeEach
    void openfiresDatabaseWithItsRoomTable() throws SQLException {
        keepAlive = DriverManager.getConnection(database, "SA", "");
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("CREATE TABLE ofMucRoom (serviceID BIGINT NOT NULL, name VARCHAR(50) NOT NULL, "
                    + "naturalName VARCHAR(255) NOT NULL, description VARCHAR(255), lockedDate CHAR(15) NOT NULL, "
                    + "publicRoom INTEGER NOT NULL, membersOnly INTEGER NOT NULL, roomPassword VARCHAR(50), "
                    + "subject LONGVARCHAR, PRIMARY KEY (serviceID, name))");
        }
        when(manager.getMultiUserChatServiceID("conference")).thenReturn(SERVICE_ID);
        jiveGlobals = mockStatic(JiveGlobals.class);
        jiveGlobals.when(() -> JiveGlobals.getBooleanProperty(OpenfireConferenceServices.SKIP_UNLOADED_ROOMS, false))
                .thenReturn(false);
        openfireDatabase = mockStatic(DbConnectionManager.class);
        openfireDatabase.when(DbConnectionManager::getConnection).thenAnswer(call -> {
            queries.incrementAndGet();
            return DriverManager.getConnection(database, "SA", "");
        });
        openfireDatabase.when(() -> DbConnectionManager.closeConnection(any(), any(), any())).thenAnswer(call -> {
            for (Object closeable : call.getArguments()) {
                if (closeable != null) {
                    ((AutoCloseable) closeable).close();
                }
            }
            return null;
        });
    }

    @AfterEach
    void closeIt() throws SQLException {
        openfireDatabase.close();
        jiveGlobals.close();
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("SHUTDOWN");
        }
    }

    @Test
    void mapsEachServiceAndItsRoomsAsOpenfireReportsThem() {
        MUCRoom lobby = room("lobby", "Lobby", "Say hi", "Welcome", 3, true, false, false, true);
        MultiUserChatService service = service("conference.example.org", "Public rooms", true, false, lobby);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        assertEquals(List.of(new ServiceListing("conference.example.org", "Public rooms", true, false, List.of(
                new RoomListing("lobby", "Lobby", "Say hi", "Welcome", 3, true, false, false, true)))),
                services().services());
    }

    @Test
    void listsThePersistentRoomsThatOpenfireKeepsOnlyInItsDatabase() throws SQLException {
        insert("idle", "Idle room", "Quiet lately", 0, true, false, null, "<message from='idle@conference.example.org' "
                + "type='groupchat'><subject>Back next week</subject></message>");
        insert("hidden", "Hidden", "", 0, false, false, null, null);
        insert("being-set-up", "New", "", 1772445600000L, true, false, null, null);
        insert("club", "Club", "", 0, true, true, "secret", "Plain text, as 5.0 stores it");
        insert("lobby", "Old lobby row", "", 0, true, false, null, null); // in memory too: memory wins
        MultiUserChatService service = service("conference.example.org", "", true, false,
                room("lobby", "Lobby", "", "", 4, true, false, false, false));
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        assertEquals(List.of(
                new RoomListing("lobby", "Lobby", "", "", 4, true, false, false, false),
                new RoomListing("being-set-up", "New", "", null, 0, true, true, false, false),
                new RoomListing("club", "Club", "", "Plain text, as 5.0 stores it", 0, true, false, true, true),
                new RoomListing("hidden", "Hidden", "", null, 0, false, false, false, false),
                new RoomListing("idle", "Idle room", "Quiet lately", "Back next week", 0, true, false, false, false)),
                sortedAfterFirst(services().services().get(0).rooms()));
    }

    @Test
    void readsTheDatabaseAgainOnlyWhenARoomLeftMemoryOrItsReadingIsOld() throws SQLException {
        MUCRoom lobby = room("lobby", "Lobby", "", "", 4, true, false, false, false);
        MultiUserChatService service = service("conference.example.org", "", true, false, lobby);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));
        OpenfireConferenceServices services = services();

        services.services();
        services.services();
        assertEquals(1, queries.get(), "nothing changed in memory");

        insert("lobby", "Lobby", "Renamed while loaded, then unloaded", 0, false, false, null, null);
        when(service.getActiveChatRooms()).thenReturn(List.of());
        assertEquals(List.of(new RoomListing("lobby", "Lobby", "Renamed while loaded, then unloaded", null, 0, false,
                false, false, false)), services.services().get(0).rooms());
        assertEquals(2, queries.get(), "the lobby left memory");

        clock.advance(UnloadedRooms.MAX_AGE.plusSeconds(1));
        services.services();
        assertEquals(3, queries.get(), "the last reading grew old");
    }

    @Test
    void listsOnlyTheRoomsInMemoryWhenOpenfireIsSetToSkipTheOthers() throws SQLException {
        jiveGlobals.when(() -> JiveGlobals.getBooleanProperty(OpenfireConferenceServices.SKIP_UNLOADED_ROOMS, false))
                .thenReturn(true);
        insert("idle", "Idle room", "", 0, true, false, null, null);
        MultiUserChatService service = service("conference.example.org", "", true, false);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        assertEquals(List.of(), services().services().get(0).rooms());
        assertEquals(0, queries.get());
    }

    @Test
    void neverReadsTheRoomsOfHiddenOrDisabledServices() {
        MultiUserChatService hidden = service("hidden.example.org", "", true, true);
        MultiUserChatService disabled = service("off.example.org", "", false, false);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(hidden, disabled));

        List<ServiceListing> services = services().services();

        verify(hidden, never()).getActiveChatRooms();
        verify(disabled, never()).getActiveChatRooms();
        assertEquals(0, queries.get());
        assertEquals(2, services.size(), "still reported, so the directory can decide");
    }

    @Test
    void aServiceThatFailsIsReportedUnreadableAndWarnedAboutOnce() {
        MultiUserChatService broken = service("broken.example.org", "Broken", true, false);
        when(broken.getActiveChatRooms()).thenThrow(new IllegalStateException("service removed"));
        MultiUserChatService fine = service("conference.example.org", "", true, false);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(broken, fine));
        OpenfireConferenceServices services = services();

        try (LogCapture log = LogCapture.start()) {
            List<ServiceListing> first = services.services();
            services.services();

            assertEquals(List.of(ServiceListing.unreadable("broken.example.org", "Broken")), first.subList(0, 1));
            assertTrue(first.get(1).readable());
            assertEquals(1, log.count("Could not read the rooms of conference service broken.example.org"),
                    log.text());
        }
    }

    @ParameterizedTest
    @CsvSource({"false,false,ANYONE", "false,true,ANYONE", "true,true,LOCAL_USERS", "true,false,LISTED_USERS"})
    void saysWhoMayCreateRooms(boolean restricted, boolean allRegistered, RoomCreation creation) {
        MultiUserChatService service = service("conference.example.org", "", true, false);
        when(service.isRoomCreationRestricted()).thenReturn(restricted);
        when(service.isAllRegisteredUsersAllowedToCreate()).thenReturn(allRegistered);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        assertEquals(creation, services().services().get(0).creation());
    }

    private OpenfireConferenceServices services() {
        return new OpenfireConferenceServices(manager, new UnloadedRooms(manager, clock));
    }

    /** A row as Openfire writes it: flags as 0/1, the locking instant in milliseconds (0: not locked). */
    private void insert(String name, String naturalName, String description, long lockedDate, boolean listed,
                        boolean membersOnly, String password, String subject) throws SQLException {
        try (PreparedStatement sql = keepAlive.prepareStatement("MERGE INTO ofMucRoom USING (VALUES(?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)) AS v(s, n, nn, d, l, p, m, pw, sub) ON ofMucRoom.serviceID = v.s AND ofMucRoom.name "
                + "= v.n WHEN MATCHED THEN UPDATE SET naturalName = v.nn, description = v.d, lockedDate = v.l, "
                + "publicRoom = v.p, membersOnly = v.m, roomPassword = v.pw, subject = v.sub WHEN NOT MATCHED THEN "
                + "INSERT VALUES (v.s, v.n, v.nn, v.d, v.l, v.p, v.m, v.pw, v.sub)")) {
            sql.setLong(1, SERVICE_ID);
            sql.setString(2, name);
            sql.setString(3, naturalName);
            sql.setString(4, description);
            sql.setString(5, String.format("%015d", lockedDate));
            sql.setInt(6, listed ? 1 : 0);
            sql.setInt(7, membersOnly ? 1 : 0);
            sql.setString(8, password);
            sql.setString(9, subject);
            sql.executeUpdate();
        }
    }

    private static List<RoomListing> sortedAfterFirst(List<RoomListing> rooms) {
        List<RoomListing> sorted = new ArrayList<>(rooms.subList(1, rooms.size()));
        sorted.sort(Comparator.comparing(RoomListing::node));
        sorted.add(0, rooms.get(0));
        return sorted;
    }

    static MultiUserChatService service(String domain, String description, boolean enabled, boolean hidden,
                                        MUCRoom... rooms) {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(domain);
        when(service.getDescription()).thenReturn(description);
        when(service.isServiceEnabled()).thenReturn(enabled);
        when(service.isHidden()).thenReturn(hidden);
        when(service.getServiceName()).thenReturn(domain.substring(0, domain.indexOf('.')));
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
