package org.conferencehelp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The QR codes a renderer remembers: a text seen before is not encoded again, yet gives the markup a fresh encoding
 * gives (with each call's own label), and the memory empties itself past its budget. Each test has its own instance.
 */
class QrCodesCacheTest {

    private static final String LOBBY = "xmpp:lobby@conference.example.org?join";

    @Test
    void aTextSeenBeforeIsNotEncodedAgain() {
        QrCodes codes = new QrCodes();
        codes.svg(LOBBY, "Join the lobby");
        codes.svg(LOBBY, "Der Lobby beitreten");
        codes.svg("xmpp:support@conference.example.org?join", "Join support");

        assertEquals(2, codes.encodings());
    }

    @Test
    void aRememberedCodeCarriesEachCallsOwnLabel() {
        QrCodes codes = new QrCodes();
        String first = codes.svg(LOBBY, "Join the lobby").html();
        String otherLabel = codes.svg(LOBBY, "Der Lobby beitreten").html();

        assertEquals(first.replace("Join the lobby", "Der Lobby beitreten"), otherLabel);
        assertEquals(new QrCodes().svg(LOBBY, "Der Lobby beitreten").html(), otherLabel, "as a fresh encoding");
    }

    @Test
    void differentTextsGetDifferentCodes() {
        QrCodes codes = new QrCodes();
        assertNotEquals(codes.svg("xmpp:a@conference.example.org?join", "x").html(),
                codes.svg("xmpp:b@conference.example.org?join", "x").html());
    }

    @Test
    void aTextTooLongStaysWithoutACodeAndIsRememberedAsSuch() {
        QrCodes codes = new QrCodes();
        String link = "xmpp:" + "a".repeat(3000) + "@conference.example.org?join";

        assertEquals("", codes.svg(link, "label").html());
        assertEquals("", codes.svg(link, "label").html());
        assertEquals(1, codes.encodings());
    }

    @Test
    void pastItsBudgetItForgetsAndCodesStayRight() {
        QrCodes codes = new QrCodes(10_000); // about five small codes
        String lobby = codes.svg(LOBBY, "label").html();
        for (int i = 0; i < 20; i++) {
            codes.svg("xmpp:room" + i + "@conference.example.org?join", "label");
        }
        long before = codes.encodings();

        assertEquals(lobby, codes.svg(LOBBY, "label").html());
        assertEquals(before + 1, codes.encodings(), "the lobby's code was forgotten, and encoded again");
        assertTrue(lobby.startsWith("<svg class=\"qr\""), lobby);
    }
}
