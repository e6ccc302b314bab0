package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
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
import org.conferencehelp.chat.ServicePolicy;
import org.conferencehelp.http.LogCapture;
import org.conferencehelp.tls.MutableClock;
import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.muc.HistoryStrategy;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
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
    private MockedStatic<MUCPersistenceManager> persistence;
    private MockedStatic<DbConnectionManager> openfireDatabase;
    private Connection keepAlive;

    @BeforeEach
    void openfiresDatabaseWithItsRoomTable() throws SQLException {
        keepAlive = DriverManager.getConnection(database, "SA", "");
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("CREATE TABLE ofMucRoom (serviceID BIGINT NOT NULL, name VARCHAR(50) NOT NULL, "
                    + "naturalName VARCHAR(255) NOT NULL, description VARCHAR(255), lockedDate CHAR(15) NOT NULL, "
                    + "publicRoom INTEGER NOT NULL, membersOnly INTEGER NOT NULL, roomPassword VARCHAR(50), "
                    + "subject LONGVARCHAR, logEnabled INTEGER DEFAULT 1 NOT NULL, useReservedNick INTEGER DEFAULT 0 "
                    + "NOT NULL, maxUsers INTEGER DEFAULT 30 NOT NULL, moderated INTEGER DEFAULT 0 NOT NULL, "
                    + "canDiscoverJID INTEGER DEFAULT 1 NOT NULL, "
                    + "PRIMARY KEY (serviceID, name))");
        }
        when(manager.getMultiUserChatServiceID("conference")).thenReturn(SERVICE_ID);
        persistence = openfireServiceDefaults();
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
        persistence.close();
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
                stored("being-set-up", "New", "", null, true, true, false, false),
                stored("club", "Club", "", "Plain text, as 5.0 stores it", true, false, true, true),
                stored("hidden", "Hidden", "", null, false, false, false, false),
                stored("idle", "Idle room", "Quiet lately", "Back next week", true, false, false, false)),
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
        assertEquals(List.of(stored("lobby", "Lobby", "Renamed while loaded, then unloaded", null, false,
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

    @Test
    void readsWhatJoiningMeansFromTheRoomsInMemoryAndInTheDatabase() throws SQLException {
        insert("archive", "Archive", "", 0, true, false, null, null);
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("UPDATE ofMucRoom SET logEnabled = 0, useReservedNick = 1, maxUsers = 0, moderated = 1, "
                    + "canDiscoverJID = 0");
        }
        MUCRoom lobby = room("lobby", "Lobby", "", "", 2, true, false, false, false);
        when(lobby.isLogEnabled()).thenReturn(true);
        when(lobby.isLoginRestrictedToNickname()).thenReturn(true);
        when(lobby.getMaxUsers()).thenReturn(50);
        when(lobby.isModerated()).thenReturn(true);
        when(lobby.canAnyoneDiscoverJID()).thenReturn(true);
        MultiUserChatService service = service("conference.example.org", "", true, false, lobby);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        assertEquals(List.of(
                new RoomListing("lobby", "Lobby", "", "", 2, true, false, false, false, true, true, 50, true, true),
                new RoomListing("archive", "Archive", "", null, 0, true, false, false, false, false, true, 0, true,
                        false)),
                services().services().get(0).rooms());
    }

    @ParameterizedTest
    @CsvSource({"number,25,LAST,25", "defaulType,10,LAST,10", "none,25,NONE,0", "all,25,ALL,0", "number,0,NONE,0"})
    void readsTheHistoryTheServiceSendsToJoiners(HistoryStrategy.Type type, int max, ServicePolicy.History.Kind kind,
                                                  int messages) {
        MultiUserChatService service = service("conference.example.org", "", true, false);
        HistoryStrategy history = service.getHistoryStrategy();
        when(history.getType()).thenReturn(type);
        when(history.getMaxNumber()).thenReturn(max);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        assertEquals(new ServicePolicy.History(kind, messages), services().services().get(0).policy().history());
    }

    @Test
    void readsTheDefaultsOfNewRoomsFromTheServiceProperties() {
        persistence.when(() -> MUCPersistenceManager.getBooleanProperty("conference", "room.publicRoom", true))
                .thenReturn(false);
        persistence.when(() -> MUCPersistenceManager.getBooleanProperty("conference", "room.persistent", false))
                .thenReturn(true);
        persistence.when(() -> MUCPersistenceManager.getBooleanProperty("conference", "room.moderated", false))
                .thenReturn(true);
        persistence.when(() -> MUCPersistenceManager.getBooleanProperty("conference", "room.membersOnly", false))
                .thenReturn(true);
        persistence.when(() -> MUCPersistenceManager.getBooleanProperty("conference", "room.logEnabled", true))
                .thenReturn(false);
        persistence.when(() -> MUCPersistenceManager.getIntProperty("conference", "room.maxUsers", 30))
                .thenReturn(0);
        MultiUserChatService service = service("conference.example.org", "", true, false);
        when(manager.getMultiUserChatServices()).thenReturn(List.of(service));

        assertEquals(new ServicePolicy.RoomDefaults(false, true, true, true, false, 0),
                services().services().get(0).policy().newRooms());
        assertEquals(ServicePolicy.OPENFIRE_DEFAULTS.newRooms(), new ServicePolicy.RoomDefaults(true, false, false,
                false, true, 30), "Openfire's own defaults, as MUCRoom reads them when no property is set");
    }

    /** Openfire with no service property set: every read gives the default it is asked with. */
    static MockedStatic<MUCPersistenceManager> openfireServiceDefaults() {
        MockedStatic<MUCPersistenceManager> persistence = mockStatic(MUCPersistenceManager.class);
        persistence.when(() -> MUCPersistenceManager.getBooleanProperty(any(), any(), anyBoolean()))
                .thenAnswer(call -> call.getArgument(2));
        persistence.when(() -> MUCPersistenceManager.getIntProperty(any(), any(), anyInt()))
                .thenAnswer(call -> call.getArgument(2));
        return persistence;
    }

    /** A room read from the database with Openfire's defaults: logged, for 30, nicknames free, not moderated,
     * addresses visible to all. */
    private static RoomListing stored(String node, String name, String description, String subject, boolean listed,
                                      boolean locked, boolean membersOnly, boolean password) {
        return new RoomListing(node, name, description, subject, 0, listed, locked, membersOnly, password, true,
                false, 30, false, true);
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
                + "INSERT (serviceID, name, naturalName, description, lockedDate, publicRoom, membersOnly, "
                + "roomPassword, subject) VALUES (v.s, v.n, v.nn, v.d, v.l, v.p, v.m, v.pw, v.sub)")) {
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
        HistoryStrategy history = mock(HistoryStrategy.class);
        when(history.getType()).thenReturn(HistoryStrategy.Type.number);
        when(history.getMaxNumber()).thenReturn(25);
        when(service.getHistoryStrategy()).thenReturn(history);
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
