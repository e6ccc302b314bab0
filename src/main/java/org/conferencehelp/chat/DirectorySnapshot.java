package org.conferencehelp.chat;

import java.util.List;
import java.util.Optional;

/**
 * The conference services and rooms the pages show, taken off the request path and shared until the next refresh.
 *
 * @param available false when the server could not be asked; the page then says it cannot list conferences
 */
public record DirectorySnapshot(List<ConferenceService> services, boolean available) {

    public DirectorySnapshot {
        services = List.copyOf(services);
    }

    public static final DirectorySnapshot UNAVAILABLE = new DirectorySnapshot(List.of(), false);

    /** A room that anyone may discover, with its service; empty for any other address, well-formed or not. */
    public Optional<Listed> room(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return Optional.empty();
        }
        String domain = address.substring(at + 1);
        for (ConferenceService service : services) {
            if (service.domain().equalsIgnoreCase(domain)) {
                return service.room(address.substring(0, at)).map(room -> new Listed(service, room));
            }
        }
        return Optional.empty();
    }

    /** A discoverable room and the service it is on. */
    public record Listed(ConferenceService service, Room room) {
    }
}
