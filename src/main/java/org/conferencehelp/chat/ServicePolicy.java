package org.conferencehelp.chat;

/**
 * What a conference service does with every room: the earlier messages someone joining is sent, and the settings a
 * new room starts with (its owner may change them).
 */
public record ServicePolicy(History history, RoomDefaults newRooms) {

    /** How many earlier messages someone joining a room is sent (their app may ask for fewer). */
    public record History(Kind kind, int messages) {

        public enum Kind { NONE, ALL, LAST }

        public static History none() {
            return new History(Kind.NONE, 0);
        }

        public static History all() {
            return new History(Kind.ALL, 0);
        }

        /** The last {@code messages}; none when that is 0 or less. */
        public static History last(int messages) {
            return messages <= 0 ? none() : new History(Kind.LAST, messages);
        }
    }

    /** The settings a room is created with. @param maxOccupants 0: no limit */
    public record RoomDefaults(boolean listed, boolean persistent, boolean moderated, boolean membersOnly,
                               boolean logged, int maxOccupants) {
    }

    /** Openfire's own defaults: the last 25 messages; new rooms listed, temporary, open, logged, for 30 people. */
    public static final ServicePolicy OPENFIRE_DEFAULTS = new ServicePolicy(History.last(25),
            new RoomDefaults(true, false, false, false, true, 30));
}
