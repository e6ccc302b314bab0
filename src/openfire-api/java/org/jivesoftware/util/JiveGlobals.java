// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util;

import java.nio.file.Path;
import java.util.Locale;

/** Stand-in for org.jivesoftware.util.JiveGlobals. */
public class JiveGlobals {

    public static Path getHomePath() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean getBooleanProperty(String name, boolean defaultValue) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static String getProperty(String name) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static int getIntProperty(String name, int defaultValue) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static Locale getLocale() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
