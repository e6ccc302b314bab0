package org.conferencehelp.chat;

import java.util.List;

/**
 * The conference services and rooms the page shows, taken off the request path and shared until the next refresh.
 *
 * @param available false when the server could not be asked; the page then says it cannot list conferences
 */
public record DirectorySnapshot(List<ConferenceService> services, boolean available) {

    public DirectorySnapshot {
        services = List.copyOf(services);
    }

    public static final DirectorySnapshot UNAVAILABLE = new DirectorySnapshot(List.of(), false);
}
