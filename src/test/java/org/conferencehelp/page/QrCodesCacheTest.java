package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The remembered QR codes give the markup a fresh encoding gives: per label, and past the cache's budget. */
class QrCodesCacheTest {

    @Test
    void aRememberedCodeCarriesEachCallsOwnLabel() {
        String first = QrCodes.svg("xmpp:lobby@conference.example.org?join", "Join the lobby").html();
        String again = QrCodes.svg("xmpp:lobby@conference.example.org?join", "Join the lobby").html();
        String otherLabel = QrCodes.svg("xmpp:lobby@conference.example.org?join", "Der Lobby beitreten").html();
        assertEquals(first, again);
        assertEquals(first.replace("Join the lobby", "Der Lobby beitreten"), otherLabel);
    }

    @Test
    void differentTextsGetDifferentCodes() {
        assertNotEquals(QrCodes.svg("xmpp:a@conference.example.org?join", "x").html(),
                QrCodes.svg("xmpp:b@conference.example.org?join", "x").html());
    }

    @Test
    void aTextTooLongStaysWithoutACode() {
        String link = "xmpp:" + "a".repeat(3000) + "@conference.example.org?join";
        assertEquals("", QrCodes.svg(link, "label").html());
        assertEquals("", QrCodes.svg(link, "label").html());
    }

    @Test
    void codesStayRightWhenTheCacheEmptiesItself() {
        String lobby = QrCodes.svg("xmpp:lobby@conference.example.org?join", "label").html();
        // Long texts (large codes) until the budget has been passed several times over.
        long chars = 0;
        for (int i = 0; chars < 3 * QrCodes.CACHE_BUDGET_CHARS; i++) {
            String text = "xmpp:" + "r".repeat(1500) + i + "@conference.example.org?join";
            chars += QrCodes.svg(text, "label").html().length();
        }
        assertEquals(lobby, QrCodes.svg("xmpp:lobby@conference.example.org?join", "label").html());
        assertTrue(lobby.startsWith("<svg class=\"qr\""), lobby);
    }
}
