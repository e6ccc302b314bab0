package org.conferencehelp.preview.bench;

import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;

/**
 * Rooms whose first room (the demo lobby) gains or loses an occupant at every reading, so that every directory
 * refresh changes the page and the next request renders it again.
 */
final class ChurningRooms implements ConferenceServiceSource {

    private final ConferenceServiceSource rooms;
    private int reads;

    ChurningRooms(ConferenceServiceSource rooms) {
        this.rooms = rooms;
    }

    @Override
    public synchronized List<ServiceListing> services() {
        List<ServiceListing> services = new ArrayList<>(rooms.services());
        ServiceListing first = services.get(0);
        List<RoomListing> changed = new ArrayList<>(first.rooms());
        RoomListing lobby = changed.get(0);
        changed.set(0, new RoomListing(lobby.node(), lobby.naturalLanguageName(), lobby.description(),
                lobby.subject(), lobby.occupants() + (++reads % 2), lobby.publicRoom(), lobby.locked(),
                lobby.membersOnly(), lobby.passwordProtected()));
        services.set(0, new ServiceListing(first.domain(), first.description(), first.enabled(), first.hidden(),
                List.copyOf(changed)));
        return services;
    }
}
