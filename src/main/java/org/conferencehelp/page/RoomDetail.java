package org.conferencehelp.page;

import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.Room;
import org.conferencehelp.live.PublicWeb;

/**
 * What a room's own page shows beyond the layout: the room as anyone may discover it, what joining it means, the
 * ways to join, and apps for someone who has none yet. Only what the server tells anyone who asks about the room.
 *
 * @param facts      sentences on what joining means: logging, history, nicknames, size, who may speak, who sees
 *                   one's address, access
 * @param webClient  where this server's web chat app opens the room; empty when it has none
 * @param publicLogs where the room's published conversations are; empty when they are not published
 * @param shareUrl   the page's own address, to share
 * @param platforms  the apps per platform, the visitor's (if known) first
 */
public record RoomDetail(String name, String address, String service, String description, String subject,
                         String occupants, List<String> badges, List<String> facts, String joinUri, String qrLabel,
                         String webClient, String publicLogs, String shareUrl, List<PlatformApps> platforms) {

    /** @param yours whether it is the platform the visitor's browser says it runs on */
    public record PlatformApps(String id, String name, boolean yours, List<ChatApps.App> apps) {
    }

    static RoomDetail of(DirectorySnapshot.Listed listed, PublicWeb web, ChatApps apps, String shareUrl, Messages t,
                         ChatApps.Platform visitor) {
        Room room = listed.room();
        String service = listed.service().domain();
        return new RoomDetail(room.name(), room.address(), service, room.description(), room.subject(),
                t.format("room.occupants", room.occupants()), PageModel.badges(room, t), facts(listed, t),
                room.joinUri(), t.format("room.qr.label", room.address()),
                web.webClient() ? web.webClientRoom(room.address()) : "",
                web.publishesLogsOf(service, room.logged()) ? PublicWeb.PUBLIC_LOGS : "", shareUrl,
                platforms(apps, visitor, t));
    }

    private static List<String> facts(DirectorySnapshot.Listed listed, Messages t) {
        Room room = listed.room();
        List<String> facts = new ArrayList<>();
        facts.add(t.get(room.logged() ? "room.fact.logged" : "room.fact.not-logged"));
        facts.add(ServiceWords.history(listed.service().policy().history(), t));
        facts.add(t.get(room.nicknamesReserved() ? "room.fact.nickname-reserved" : "room.fact.nickname-free"));
        facts.add(room.maxOccupants() > 0 ? t.format("room.fact.max", room.maxOccupants())
                : t.get("room.fact.unlimited"));
        facts.add(t.get(room.moderated() ? "room.fact.moderated" : "room.fact.not-moderated"));
        facts.add(t.get(room.addressesVisible() ? "room.fact.addresses-visible" : "room.fact.addresses-hidden"));
        if (room.membersOnly()) {
            facts.add(t.get("room.fact.members-only"));
        }
        if (room.passwordProtected()) {
            facts.add(t.get("room.fact.password"));
        }
        return facts;
    }

    private static List<PlatformApps> platforms(ChatApps apps, ChatApps.Platform visitor, Messages t) {
        List<PlatformApps> platforms = new ArrayList<>();
        if (visitor != null && !apps.of(visitor).isEmpty()) {
            platforms.add(new PlatformApps(visitor.id(), t.get("apps.platform." + visitor.id()), true,
                    apps.of(visitor)));
        }
        for (ChatApps.Platform platform : ChatApps.Platform.values()) {
            if (platform != visitor && !apps.of(platform).isEmpty()) {
                platforms.add(new PlatformApps(platform.id(), t.get("apps.platform." + platform.id()), false,
                        apps.of(platform)));
            }
        }
        return platforms;
    }
}
