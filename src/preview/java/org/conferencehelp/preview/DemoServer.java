package org.conferencehelp.preview;

import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.PublicWeb;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.live.ServerSettingsSource;

/** The preview's demo server: a conference service with a few rooms of every kind, and typical federation settings. */
public final class DemoServer implements ConferenceServiceSource, ServerSettingsSource {

    private final String domain;
    private final List<ServiceListing> services;

    /** @param extraRooms additional generated public rooms, to see the page at scale */
    public DemoServer(String domain, int extraRooms) {
        this.domain = domain;
        List<RoomListing> rooms = new ArrayList<>(List.of(
                new RoomListing("lobby", "Lobby", "Say hello, ask anything.", "Welcome to " + domain + "!", 12,
                        true, false, false, false, true, false, 100, false, false),
                new RoomListing("support", "Support", "Help with your account and your client.", "", 5,
                        true, false, false, false, true, false, 30, true, true),
                new RoomListing("members", "Members’ corner", "For registered members.", "", 3,
                        true, false, true, false, false, true, 0, false, false),
                new RoomListing("book-club", "Book club", "This month: Solaris.", "", 0,
                        true, false, false, true, false, false, 30, false, true),
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
    public List<ServiceListing> services() {
        return services;
    }

    @Override
    public ServerSettings read() {
        String hostname = "xmpp." + domain;
        ServerSettings settings = new ServerSettings(
                new FederationPolicy(true, FederationPolicy.TlsPolicy.OPTIONAL, true, false, true),
                hostname, ServerSettings.DEFAULT_CLIENT_PORT, ServerSettings.DEFAULT_SERVER_PORT);
        return settings.withWeb(new PublicWeb(true, 7443, false, false,
                List.of("xmpp:admin@" + domain, "mailto:admin@" + domain)));
    }
}
