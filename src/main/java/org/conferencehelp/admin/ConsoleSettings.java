package org.conferencehelp.admin;

/**
 * Where the console's settings live: Openfire's system properties in the plugin (each change reaches the site
 * through that property's own listener), a plain field in tests.
 */
public interface ConsoleSettings {

    ConsoleValues read();

    /** Saves the values; the public page follows at once. */
    void save(ConsoleValues values);
}
