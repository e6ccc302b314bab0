package org.conferencehelp.openfire;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.conferencehelp.chat.RoomListing;
import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.io.SAXReader;
import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.xml.sax.SAXException;

/**
 * The persistent rooms of a service that Openfire keeps in its database but not in memory (it unloads idle rooms,
 * and preloads only those used lately). Read with one query per service, which loads nothing into Openfire, and
 * remembered: a room that is not in memory does not change, so the rows are read again only when a room has left
 * memory since (it may have been changed while loaded), or after {@link #MAX_AGE}.
 */
class UnloadedRooms {

    /** Also bounds how late a change made straight in the database (by another tool) shows. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    // The columns Openfire's own MUCPersistenceManager reads; a password is only ever tested for, never read.
    static final String QUERY = "SELECT name, naturalName, description, subject, publicRoom, lockedDate, membersOnly, "
            + "logEnabled, useReservedNick, maxUsers, moderated, canDiscoverJID, "
            + "CASE WHEN roomPassword IS NULL OR roomPassword = '' THEN 0 ELSE 1 END AS hasPassword "
            + "FROM ofMucRoom WHERE serviceID = ?";

    private record Read(Instant at, Set<String> inMemory, List<RoomListing> rooms) {
    }

    private final MultiUserChatManager manager;
    private final Clock clock;
    private final Map<String, Read> bySubdomain = new ConcurrentHashMap<>();

    UnloadedRooms(MultiUserChatManager manager, Clock clock) {
        this.manager = manager;
        this.clock = clock;
    }

    /** The service's rooms in the database, but for those in memory (the names given). */
    List<RoomListing> of(MultiUserChatService service, Set<String> inMemory) {
        String subdomain = service.getServiceName();
        Read last = bySubdomain.get(subdomain);
        Instant now = clock.instant();
        if (last == null || last.at().plus(MAX_AGE).isBefore(now) || !inMemory.containsAll(last.inMemory())) {
            last = new Read(now, Set.copyOf(inMemory), read(subdomain));
            bySubdomain.put(subdomain, last);
        }
        return last.rooms().stream().filter(room -> !inMemory.contains(room.node())).toList();
    }

    private List<RoomListing> read(String subdomain) {
        Long serviceId = manager.getMultiUserChatServiceID(subdomain);
        if (serviceId == null) {
            return List.of(); // a service Openfire does not keep in its database: all its rooms are in memory
        }
        List<RoomListing> rooms = new ArrayList<>();
        Connection connection = null;
        PreparedStatement statement = null;
        ResultSet rows = null;
        try {
            connection = DbConnectionManager.getConnection();
            statement = connection.prepareStatement(QUERY);
            statement.setLong(1, serviceId);
            rows = statement.executeQuery();
            while (rows.next()) {
                // No occupants: a room with anyone in it is in memory.
                rooms.add(new RoomListing(rows.getString("name"), rows.getString("naturalName"),
                        rows.getString("description"), subject(rows.getString("subject")), 0,
                        rows.getInt("publicRoom") == 1, locked(rows.getString("lockedDate")),
                        rows.getInt("membersOnly") == 1, rows.getInt("hasPassword") == 1,
                        rows.getInt("logEnabled") == 1, rows.getInt("useReservedNick") == 1, rows.getInt("maxUsers"),
                        rows.getInt("moderated") == 1, rows.getInt("canDiscoverJID") == 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rooms of " + subdomain + " from the database", e);
        } finally {
            DbConnectionManager.closeConnection(rows, statement, connection);
        }
        return rooms;
    }

    /** Openfire stores when a room was locked, in milliseconds; 0 when it is not. */
    private static boolean locked(String lockedDate) {
        try {
            return lockedDate != null && Long.parseLong(lockedDate.strip()) > 0;
        } catch (NumberFormatException e) {
            return true; // unreadable: better left off the page than shown while it may be locked
        }
    }

    /**
     * The subject's text: Openfire 5.1 stores the whole subject-changing message, 5.0 (and rows not migrated since)
     * the plain text.
     */
    static String subject(String stored) {
        if (stored == null || !stored.strip().startsWith("<message")) {
            return stored;
        }
        try {
            SAXReader reader = new SAXReader();
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document message = reader.read(new StringReader(stored));
            String text = message.getRootElement().elementText("subject");
            return text == null ? "" : text;
        } catch (DocumentException | SAXException e) {
            return "";
        }
    }
}
