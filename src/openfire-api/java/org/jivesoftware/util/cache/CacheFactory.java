// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util.cache;

/** Stand-in for org.jivesoftware.util.cache.CacheFactory. */
public class CacheFactory {

    private CacheFactory() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void setMaxSizeProperty(String cacheName, long size) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean hasMaxSizeFromProperty(String cacheName) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean hasMaxLifetimeFromProperty(String cacheName) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void setMaxLifetimeProperty(String cacheName, long lifetime) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    @SuppressWarnings("rawtypes")
    public static synchronized <T extends Cache> T createCache(String name) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static byte[] getClusterMemberID() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
