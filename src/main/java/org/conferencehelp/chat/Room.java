package org.conferencehelp.chat;

/** A room anyone may discover, as the page shows it. */
public record Room(
        String address,
        String name,
        String description,
        String subject,
        int occupants,
        boolean membersOnly,
        boolean passwordProtected) {

    /** The {@code xmpp:} URI that asks a client to join the room (RFC 5122, XEP-0147 {@code ?join}). */
    public String joinUri() {
        return XmppUri.join(address);
    }
}
