package org.conferencehelp.preview;

import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.FederationPolicy;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.page.ServerSettings;
import org.conferencehelp.page.ServerSettingsSource;

/** The preview's demo server: a conference service with a few rooms of every kind, and typical federation settings. */
final class DemoServer implements ConferenceServiceSource, ServerSettingsSource {

    private final String domain;
    private final boolean churn;
    private List<ServiceListing> services;
    private int reads;

    DemoServer(String domain, int extraRooms) {
        this(domain, extraRooms, false);
    }

    /**
     * @param extraRooms additional generated public rooms (for the benchmarks at scale)
     * @param churn      whether the lobby's occupancy changes at each reading, so that each directory refresh
     *                   changes the page (for the benchmarks: the worst case of a refresh)
     */
    DemoServer(String domain, int extraRooms, boolean churn) {
        this.domain = domain;
        this.churn = churn;
        List<RoomListing> rooms = new ArrayList<>(List.of(
                new RoomListing("lobby", "Lobby", "Say hello, ask anything.", "Welcome to " + domain + "!", 12,
                        true, false, false, false),
                new RoomListing("support", "Support", "Help with your account and your client.", "", 5,
                        true, false, false, false),
                new RoomListing("members", "Members’ corner", "For registered members.", "", 3,
                        true, false, true, false),
                new RoomListing("book-club", "Book club", "This month: Solaris.", "", 0,
                        true, false, false, true),
                new RoomListing("admins", "Admins", "Not listed: never on the page.", "", 2,
                        false, false, false, false),
                new RoomListing("new-room", "Being set up", "Locked until configured: never on the page.", "", 1,
                        true, true, false, false)));
        for (int i = 1; i <= extraRooms; i++) {
            rooms.add(new RoomListing("room-" + i, "Room " + i, "Generated room " + i + ".", "", i % 7,
                    true, false, i % 5 == 0, i % 11 == 0));
        }
        services = List.of(
                new ServiceListing("conference." + domain, "Public chatrooms", true, false, List.copyOf(rooms)),
                new ServiceListing("internal." + domain, "Hidden: never on the page", true, true,
                        List.of(new RoomListing("secret", "Secret", "", "", 1, true, false, false, false))));
    }

    @Override
    public synchronized List<ServiceListing> services() {
        if (churn) {
            ServiceListing conference = services.get(0);
            List<RoomListing> rooms = new ArrayList<>(conference.rooms());
            RoomListing lobby = rooms.get(0);
            rooms.set(0, new RoomListing(lobby.node(), lobby.naturalLanguageName(), lobby.description(),
                    lobby.subject(), 12 + (++reads % 2), true, false, false, false));
            services = List.of(new ServiceListing(conference.domain(), conference.description(), true, false,
                    List.copyOf(rooms)), services.get(1));
        }
        return services;
    }

    @Override
    public ServerSettings read() {
        return new ServerSettings(new FederationPolicy(true, FederationPolicy.TlsPolicy.OPTIONAL, true, false, true),
                "xmpp." + domain, ServerSettings.DEFAULT_CLIENT_PORT, ServerSettings.DEFAULT_SERVER_PORT);
    }
}
