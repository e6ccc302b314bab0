package org.conferencehelp.openfire;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long the query for the rooms Openfire keeps only in its database takes with N rooms, on HSQLDB as Openfire's
 * embedded mode runs it: a plain-Java harness for bench/RESULTS.md, not a test. The plugin repeats the query only
 * when a room has left memory or after five minutes, so this is the cost of such a reading, not of every refresh.
 *
 * <pre>java -cp target/classes:target/test-classes:HSQLDB_JAR org.conferencehelp.openfire.UnloadedRoomsQueryBench N...</pre>
 *
 * It prints one tab-separated line per N: rooms, iterations, min, median, max (milliseconds).
 */
public final class UnloadedRoomsQueryBench {

    private UnloadedRoomsQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int rooms = Integer.parseInt(arg);
            try (Connection db = DriverManager.getConnection("jdbc:hsqldb:mem:bench" + rooms, "SA", "")) {
                fill(db, rooms);
                long[] millis = new long[21];
                for (int i = -5; i < millis.length; i++) { // five to warm up
                    long start = System.nanoTime();
                    int read = read(db);
                    if (read != rooms) {
                        throw new IllegalStateException("read " + read + " of " + rooms);
                    }
                    if (i >= 0) {
                        millis[i] = (System.nanoTime() - start) / 1_000_000;
                    }
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%d\t%d%n", rooms, millis.length, millis[0],
                        millis[millis.length / 2], millis[millis.length - 1]);
            }
        }
    }

    private static void fill(Connection db, int rooms) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE CACHED TABLE ofMucRoom (serviceID BIGINT NOT NULL, name VARCHAR(50) NOT NULL, "
                    + "naturalName VARCHAR(255) NOT NULL, description VARCHAR(255), lockedDate CHAR(15) NOT NULL, "
                    + "publicRoom INTEGER NOT NULL, membersOnly INTEGER NOT NULL, roomPassword VARCHAR(50), "
                    + "subject LONGVARCHAR, PRIMARY KEY (serviceID, name))");
            sql.execute("CREATE INDEX ofMucRoom_serviceid_idx ON ofMucRoom (serviceID)");
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ofMucRoom VALUES (1, ?, ?, ?, "
                + "'000000000000000', 1, ?, ?, ?)")) {
            for (int i = 0; i < rooms; i++) {
                insert.setString(1, "room-" + i);
                insert.setString(2, "Room " + i);
                insert.setString(3, "Generated room " + i + ".");
                insert.setInt(4, i % 5 == 0 ? 1 : 0);
                insert.setString(5, i % 11 == 0 ? "secret" : null);
                insert.setString(6, "<message type='groupchat'><subject>Topic " + i + "</subject></message>");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int read(Connection db) throws Exception {
        int count = 0;
        try (PreparedStatement query = db.prepareStatement(UnloadedRooms.QUERY)) {
            query.setLong(1, 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getString("name");
                    rows.getString("naturalName");
                    rows.getString("subject");
                    count++;
                }
            }
        }
        return count;
    }
}
