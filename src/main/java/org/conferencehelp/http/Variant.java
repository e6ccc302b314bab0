package org.conferencehelp.http;

import java.util.function.Function;
import org.conferencehelp.live.ServerFacts;

/**
 * One thing the cache holds a rendering of: a page in one language, or the JSON view. Made once for the life of the
 * site and compared by identity, so a look-up allocates nothing.
 *
 * @param name   for the log, e.g. {@code using-conferences (de)}
 * @param render how to render it from the facts
 */
record Variant(String name, String contentType, Function<ServerFacts, String> render) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
