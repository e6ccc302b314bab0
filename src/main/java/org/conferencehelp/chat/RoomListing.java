package org.conferencehelp.chat;

/**
 * One room as the server knows it, before the directory decides whether anyone may see it.
 *
 * @param node the room's local part, e.g. {@code lobby} in {@code lobby@conference.example.org}
 */
public record RoomListing(
        String node,
        String naturalLanguageName,
        String description,
        String subject,
        int occupants,
        boolean publicRoom,
        boolean locked,
        boolean membersOnly,
        boolean passwordProtected) {
}
