package org.conferencehelp.chat;

/**
 * A room anyone may discover, as the pages show it.
 *
 * @param logged            whether the server logs the room's conversations
 * @param nicknamesReserved whether people may join only with the nickname they registered with the room
 * @param maxOccupants      how many may be in the room at once; 0: no limit
 * @param moderated         whether only occupants given a voice may speak
 * @param addressesVisible  whether everyone in the room sees each occupant's own address, not only its moderators
 */
public record Room(
        String address,
        String name,
        String description,
        String subject,
        int occupants,
        boolean membersOnly,
        boolean passwordProtected,
        boolean logged,
        boolean nicknamesReserved,
        int maxOccupants,
        boolean moderated,
        boolean addressesVisible) {

    /** A room that is not logged, reserves no nicknames, has no limit, is not moderated and shows no addresses. */
    public Room(String address, String name, String description, String subject, int occupants, boolean membersOnly,
                boolean passwordProtected) {
        this(address, name, description, subject, occupants, membersOnly, passwordProtected, false, false, 0, false,
                false);
    }

    /** The {@code xmpp:} URI that asks a client to join the room (RFC 5122, XEP-0147 {@code ?join}). */
    public String joinUri() {
        return XmppUri.join(address);
    }

    /** The room's local part, e.g. {@code lobby} in {@code lobby@conference.example.org}. */
    public String node() {
        return address.substring(0, address.lastIndexOf('@'));
    }
}
