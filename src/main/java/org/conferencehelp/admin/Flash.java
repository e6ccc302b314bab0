package org.conferencehelp.admin;

/** A one-time message shown at the top of the console page on its next showing (the admin console's "flash"). */
public record Flash(Level level, String text) {

    /** The levels, named as the admin console's own flash messages name them (they are also CSS classes there). */
    public enum Level {
        SUCCESS("success"), WARNING("warning"), ERROR("error");

        private final String key;

        Level(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
