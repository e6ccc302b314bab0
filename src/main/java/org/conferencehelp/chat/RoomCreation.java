package org.conferencehelp.chat;

/** Who may create a room on a conference service (by joining a room address that is not in use yet). */
public enum RoomCreation {
    /** Anyone who can reach the service, users of other servers too. */
    ANYONE,
    /** People with an account on this server, and those the administrator listed. */
    LOCAL_USERS,
    /** Only the people and groups the administrator listed. */
    LISTED_USERS
}
