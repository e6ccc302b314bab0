package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A room's page address is one path segment for any room address, and reads back to it after a web server decoded
 * it: checked with java.net.URI, an outside decoder, as Jetty decodes.
 */
class RoomPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"lobby@conference.example.org", "café@conference.example.org",
            "a?b#c;d+e f@conference.example.org", "100%@conference.example.org", "back\\slash@conference.example.org",
            "til~de~7E@conference.example.org", "slash/in/it@conference.example.org", "tab\tnew\nline@c.example.org",
            "日本語@conference.example.org", "emoji😀@conference.example.org", "@conference.example.org"})
    void anyAddressMakesOneSegmentThatReadsBackToIt(String address) {
        String path = SitePaths.room(address);
        String segment = path.substring((SitePaths.CONTEXT + SitePaths.ROOMS_WITHIN_CONTEXT).length(),
                path.length() - 1);

        assertEquals(-1, segment.indexOf('/'), path);
        assertEquals(path, URI.create(path).getRawPath(), "a valid path as it is");
        String decoded = URI.create(path).getPath(); // what the servlet's getPathInfo gives
        assertEquals(address, SitePaths.roomAddress(decoded.substring(decoded.indexOf("/rooms/") + 7,
                decoded.length() - 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lobby@conference.example.org", "a.b-c_d@conference.example.org"})
    void anOrdinaryAddressIsWrittenAsItIs(String address) {
        assertEquals("/help/rooms/" + address + "/", SitePaths.room(address));
    }
}
