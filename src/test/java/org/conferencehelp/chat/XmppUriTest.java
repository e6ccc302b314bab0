package org.conferencehelp.chat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** Join links for rooms with odd names: valid RFC 5122 URIs that any URI parser reads back to the same room. */
class XmppUriTest {

    private static final String SERVICE = "conference.example.org";

    static final List<String> ODD_NAMES = List.of("team chat", "a&b", "why?", "#general", "100%", "say \"hi\"",
            "<script>", "café", "日本", "a/b", "o'clock", "time:now", "party 🎉", "ünïcödé & more?#%");

    /**
     * RFC 5122 §2.2 with RFC 3986's rules, for what the page writes: {@code xmpp:} [nodeid "@"] host {@code ?join}.
     * nodeid = *( unreserved / pct-encoded / nodeallow ); the host here takes unreserved and pct-encoded only;
     * pct-encoded in upper case, as RFC 3986 §2.1 asks producers to write it.
     */
    private static final Pattern RFC_5122_JOIN = Pattern.compile(
            "xmpp:(?:(?:[A-Za-z0-9._~!$()*+,;=-]|%[0-9A-F]{2})*@)?(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+\\?join");

    @ParameterizedTest
    @FieldSource("ODD_NAMES")
    void joinLinkFollowsRfc5122(String name) {
        String uri = XmppUri.join(name + "@" + SERVICE);

        assertTrue(RFC_5122_JOIN.matcher(uri).matches(), uri);
    }

    @ParameterizedTest
    @FieldSource("ODD_NAMES")
    void joinLinkIsAUriJavaParses(String name) {
        String uri = XmppUri.join(name + "@" + SERVICE);

        URI parsed = assertDoesNotThrow(() -> new URI(uri));
        assertEquals("xmpp", parsed.getScheme());
    }

    @ParameterizedTest
    @FieldSource("ODD_NAMES")
    void joinLinkDecodesToTheRoomAddressAndTheJoinAction(String name) throws Exception {
        URI parsed = new URI(XmppUri.join(name + "@" + SERVICE));

        assertEquals(name + "@" + SERVICE + "?join", parsed.getSchemeSpecificPart());
    }

    @ParameterizedTest
    @FieldSource("ODD_NAMES")
    void nameCannotStartAQueryOrAFragment(String name) throws Exception {
        URI parsed = new URI(XmppUri.join(name + "@" + SERVICE));

        assertEquals(parsed.getRawSchemeSpecificPart().length() - "?join".length(),
                parsed.getRawSchemeSpecificPart().indexOf('?'));
        assertNull(parsed.getFragment());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "team chat | team%20chat",
        "a&b       | a%26b",
        "why?      | why%3F",
        "#general  | %23general",
        "100%      | 100%25",
        "say \"hi\" | say%20%22hi%22",
        "<script>  | %3Cscript%3E",
        "café      | caf%C3%A9",
        "日本       | %E6%97%A5%E6%9C%AC",
        "a/b       | a%2Fb",
        "o'clock   | o%27clock",
    })
    void percentEncodesEachByteOfTheUtf8ThatANodeMayNotCarry(String name, String encoded) {
        assertEquals("xmpp:" + encoded + "@" + SERVICE + "?join", XmppUri.join(name + "@" + SERVICE));
    }

    @Test
    void encodesRfc5122sNastyNodeExampleAsTheRfcDoes() {
        // An example URI of RFC 5122 (other XMPP URI libraries test against it too), with ?join added.
        assertEquals("xmpp:nasty!%23$%25()*+,-.;=%3F%5B%5C%5D%5E_%60%7B%7C%7D~node@example.com?join",
                XmppUri.join("nasty!#$%()*+,-.;=?[\\]^_`{|}~node@example.com"));
    }

    @Test
    void encodesRfc5122sInternationalExampleAsTheRfcDoes() {
        // An example URI of RFC 5122, xmpp:ji%C5%99i@%C4%8Dechy.example/v%20Praze, without the resource, with ?join.
        assertEquals("xmpp:ji%C5%99i@%C4%8Dechy.example?join", XmppUri.join("jiři@čechy.example"));
    }

    @Test
    void plainRoomAddressStaysReadable() {
        assertEquals("xmpp:lobby@conference.example.org?join", XmppUri.join("lobby@conference.example.org"));
    }

    @Test
    void serviceLinkIsTheBareServiceAddress() {
        assertEquals("xmpp:conference.example.org", XmppUri.service("conference.example.org"));
    }

    @Test
    void roomJoinLinkIsBuiltFromItsAddress() {
        Room room = new Room("a&b@" + SERVICE, "a&b", "", "", 0, false, false);

        assertEquals("xmpp:a%26b@" + SERVICE + "?join", room.joinUri());
    }
}
