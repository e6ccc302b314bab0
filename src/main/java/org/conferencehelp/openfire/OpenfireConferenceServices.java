package org.conferencehelp.openfire;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nonnull;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Openfire's multi-user chat services and their rooms, for the directory.
 *
 * <p>Reads only the rooms Openfire holds in memory ({@code getActiveChatRooms()}): {@code getAllRoomSearchInfo()}
 * would load every persistent room from the database into memory, which on a large server is exactly what a help
 * page must never cause. Openfire preloads the persistent rooms used in recent days when it starts
 * ({@code xmpp.muc.preload.days}, 30 by default); an older, idle room is listed again once somebody uses it.
 */
final class OpenfireConferenceServices implements ConferenceServiceSource {

    private static final Logger LOG = LoggerFactory.getLogger(OpenfireConferenceServices.class);

    private final MultiUserChatManager manager;

    OpenfireConferenceServices(@Nonnull MultiUserChatManager manager) {
        this.manager = manager;
    }

    @Override
    public List<ServiceListing> services() {
        List<ServiceListing> services = new ArrayList<>();
        for (MultiUserChatService service : manager.getMultiUserChatServices()) {
            try {
                services.add(new ServiceListing(service.getServiceDomain(), service.getDescription(),
                        service.isServiceEnabled(), service.isHidden(), rooms(service)));
            } catch (RuntimeException e) {
                // A service removed while we read it: leave it out of this snapshot; the next one is whole again.
                LOG.debug("Skipped conference service {} in this directory snapshot.", service, e);
            }
        }
        return services;
    }

    private static List<RoomListing> rooms(MultiUserChatService service) {
        List<RoomListing> rooms = new ArrayList<>();
        if (!service.isServiceEnabled() || service.isHidden()) {
            return rooms; // never shown, so never read
        }
        for (MUCRoom room : service.getActiveChatRooms()) {
            rooms.add(new RoomListing(room.getName(), room.getNaturalLanguageName(), room.getDescription(),
                    room.getSubject(), room.getOccupantsCount(), room.isPublicRoom(), room.isLocked(),
                    room.isMembersOnly(), room.isPasswordProtected()));
        }
        return rooms;
    }
}
