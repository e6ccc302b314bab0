// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.container;

import java.io.File;

/** Stand-in for org.jivesoftware.openfire.container.Plugin. */
public interface Plugin {

    void initializePlugin(PluginManager manager, File pluginDirectory);

    void destroyPlugin();
}
