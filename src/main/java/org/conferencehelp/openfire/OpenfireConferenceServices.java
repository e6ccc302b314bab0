package org.conferencehelp.openfire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nonnull;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.RoomCreation;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.chat.ServicePolicy;
import org.jivesoftware.openfire.muc.HistoryStrategy;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.jivesoftware.util.JiveGlobals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Openfire's multi-user chat services and their rooms, for the directory: the same rooms Openfire's own room list
 * (disco#items) offers. That list holds the rooms in memory and the persistent rooms in the database that are not
 * loaded; Openfire loads all of those into memory to answer it, which a help page must never cause, so the rooms
 * that are not loaded are read from the database instead ({@link UnloadedRooms}).
 */
final class OpenfireConferenceServices implements ConferenceServiceSource {

    private static final Logger LOG = LoggerFactory.getLogger(OpenfireConferenceServices.class);
    /** Openfire's switch to list only the rooms in memory (disco#items and search alike). */
    static final String SKIP_UNLOADED_ROOMS = "xmpp.muc.search.skip-unloaded-rooms";

    private final MultiUserChatManager manager;
    private final UnloadedRooms unloaded;
    /** Services whose rooms could not be read: warned about once, until they can be read again. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    OpenfireConferenceServices(@Nonnull MultiUserChatManager manager, @Nonnull UnloadedRooms unloaded) {
        this.manager = manager;
        this.unloaded = unloaded;
    }

    @Override
    public List<ServiceListing> services() {
        List<ServiceListing> services = new ArrayList<>();
        for (MultiUserChatService service : manager.getMultiUserChatServices()) {
            String domain = service.getServiceDomain();
            try {
                services.add(listing(service));
                if (failing.remove(domain)) {
                    LOG.info("The rooms of conference service {} can be read again.", domain);
                }
            } catch (RuntimeException e) {
                if (failing.add(domain)) {
                    LOG.warn("Could not read the rooms of conference service {}; the page says they cannot be "
                            + "listed right now.", domain, e);
                }
                services.add(ServiceListing.unreadable(domain, service.getDescription()));
            }
        }
        return services;
    }

    private ServiceListing listing(MultiUserChatService service) {
        boolean shown = service.isServiceEnabled() && !service.isHidden();
        Map<String, RoomListing> rooms = new LinkedHashMap<>();
        if (shown) { // never shown, so never read
            for (MUCRoom room : service.getActiveChatRooms()) {
                rooms.put(room.getName(), listing(room));
            }
            if (!JiveGlobals.getBooleanProperty(SKIP_UNLOADED_ROOMS, false)) {
                for (RoomListing room : unloaded.of(service, rooms.keySet())) {
                    rooms.putIfAbsent(room.node(), room);
                }
            }
        }
        return new ServiceListing(service.getServiceDomain(), service.getDescription(), service.isServiceEnabled(),
                service.isHidden(), List.copyOf(rooms.values()), true, creation(service), policy(service));
    }

    /**
     * The service's history strategy (rooms have none of their own) and the defaults new rooms get, read from the
     * service properties and with the defaults Openfire's {@code MUCRoom} itself uses.
     */
    static ServicePolicy policy(MultiUserChatService service) {
        HistoryStrategy strategy = service.getHistoryStrategy();
        ServicePolicy.History history = switch (strategy.getType()) {
            case none -> ServicePolicy.History.none();
            case all -> ServicePolicy.History.all();
            case number, defaulType -> ServicePolicy.History.last(strategy.getMaxNumber());
        };
        String name = service.getServiceName();
        return new ServicePolicy(history, new ServicePolicy.RoomDefaults(
                MUCPersistenceManager.getBooleanProperty(name, "room.publicRoom", true),
                MUCPersistenceManager.getBooleanProperty(name, "room.persistent", false),
                MUCPersistenceManager.getBooleanProperty(name, "room.moderated", false),
                MUCPersistenceManager.getBooleanProperty(name, "room.membersOnly", false),
                MUCPersistenceManager.getBooleanProperty(name, "room.logEnabled", true),
                MUCPersistenceManager.getIntProperty(name, "room.maxUsers", 30)));
    }

    /** One room is one read of the room cache; every room is a read of all of it (in a cluster, costly). */
    @Override
    public boolean readsSingleRooms() {
        return true;
    }

    /**
     * The room as Openfire holds it now, in memory or (a persistent room it has not loaded) in its database; empty
     * when it is gone, or the service is.
     */
    @Override
    public Optional<RoomListing> room(String serviceDomain, String node) {
        for (MultiUserChatService service : manager.getMultiUserChatServices()) {
            if (service.getServiceDomain().equals(serviceDomain)) {
                return Optional.ofNullable(service.getChatRoom(node)).map(OpenfireConferenceServices::listing);
            }
        }
        return Optional.empty();
    }

    private static RoomListing listing(MUCRoom room) {
        return new RoomListing(room.getName(), room.getNaturalLanguageName(), room.getDescription(),
                room.getSubject(), room.getOccupantsCount(), room.isPublicRoom(), room.isLocked(),
                room.isMembersOnly(), room.isPasswordProtected(), room.isLogEnabled(),
                room.isLoginRestrictedToNickname(), room.getMaxUsers(), room.isModerated(),
                room.canAnyoneDiscoverJID());
    }

    static RoomCreation creation(MultiUserChatService service) {
        if (!service.isRoomCreationRestricted()) {
            return RoomCreation.ANYONE;
        }
        return service.isAllRegisteredUsersAllowedToCreate() ? RoomCreation.LOCAL_USERS : RoomCreation.LISTED_USERS;
    }
}
