package org.conferencehelp.chat;

/**
 * One room as the server knows it, before the directory decides whether anyone may see it.
 *
 * @param node              the room's local part, e.g. {@code lobby} in {@code lobby@conference.example.org}
 * @param logged            whether the server logs the room's conversations
 * @param nicknamesReserved whether people may join only with the nickname they registered with the room
 * @param maxOccupants      how many may be in the room at once; 0: no limit
 * @param moderated         whether only occupants given a voice may speak
 * @param addressesVisible  whether everyone in the room sees each occupant's own address (non-anonymous), not only
 *                          its moderators
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
        boolean passwordProtected,
        boolean logged,
        boolean nicknamesReserved,
        int maxOccupants,
        boolean moderated,
        boolean addressesVisible) {

    /** A room that is not logged, reserves no nicknames, has no limit, is not moderated and shows no addresses. */
    public RoomListing(String node, String naturalLanguageName, String description, String subject, int occupants,
                       boolean publicRoom, boolean locked, boolean membersOnly, boolean passwordProtected) {
        this(node, naturalLanguageName, description, subject, occupants, publicRoom, locked, membersOnly,
                passwordProtected, false, false, 0, false, false);
    }
}
