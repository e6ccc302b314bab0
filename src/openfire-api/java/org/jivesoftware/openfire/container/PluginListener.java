// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.container;

/** Stand-in for org.jivesoftware.openfire.container.PluginListener. */
public interface PluginListener {

    void pluginCreated(String pluginName, Plugin plugin);

    void pluginDestroyed(String pluginName, Plugin plugin);
}
