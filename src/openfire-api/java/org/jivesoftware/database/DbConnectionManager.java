// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Stand-in for org.jivesoftware.database.DbConnectionManager. */
public class DbConnectionManager {

    public static Connection getConnection() throws SQLException {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void closeConnection(ResultSet rs, Statement stmt, Connection con) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
