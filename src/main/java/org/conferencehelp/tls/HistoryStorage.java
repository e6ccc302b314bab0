package org.conferencehelp.tls;

import java.io.IOException;

/** Where the fingerprint history is kept between restarts. */
public interface HistoryStorage {

    /** The last saved text, or an empty string when nothing was saved yet. */
    String load() throws IOException;

    void save(String text) throws IOException;

    /** Keeps nothing: for the preview's demo data and for tests that do not care. */
    HistoryStorage NONE = new HistoryStorage() {
        @Override
        public String load() {
            return "";
        }

        @Override
        public void save(String text) {
        }
    };
}
