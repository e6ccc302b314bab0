// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.container;

import java.util.Optional;

/** Stand-in for org.jivesoftware.openfire.container.PluginManager. */
public class PluginManager {

    private PluginManager() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public synchronized Optional<Plugin> getPluginByName(final String pluginName) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
