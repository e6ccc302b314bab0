// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.http;

import org.eclipse.jetty.ee8.nested.ContextHandler;
import org.jivesoftware.util.SystemProperty;

/** Stand-in for org.jivesoftware.openfire.http.HttpBindManager. */
public final class HttpBindManager {

    public static final SystemProperty<Integer> HTTP_BIND_PORT = null;

    public static final SystemProperty<Integer> HTTP_BIND_SECURE_PORT = null;

    private HttpBindManager() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static synchronized HttpBindManager getInstance() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public void addJettyHandler(final ContextHandler handler) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public void removeJettyHandler(final ContextHandler handler) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public void start() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public void stop() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isHttpBindEnabled() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isHttpBindActive() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isHttpsBindActive() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
