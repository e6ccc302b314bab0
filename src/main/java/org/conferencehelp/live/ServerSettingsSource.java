package org.conferencehelp.live;

/** Where the server settings come from: Openfire's connection settings, demo data, or a test. */
@FunctionalInterface
public interface ServerSettingsSource {

    /** The current settings; may throw when they cannot be read. */
    ServerSettings read();
}
