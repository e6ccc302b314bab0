package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The hostile-content oracle itself: it must catch what it claims to catch, or its passes mean nothing. */
class InertMarkupTest {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"x\"><meta name=\"color-scheme\" content=\"light dark\">"
            + "<title>t</title><link rel=\"stylesheet\" href=\"/help/assets/style.css\">"
            + "<link rel=\"alternate\" href=\"/help/using-conferences.json\">"
            + "<script src=\"/help/assets/page.js\" defer></script></head><body><main>";
    private static final String CLEAN =
            "<p><a href=\"xmpp:a@b?join\">Join</a></p><svg class=\"qr\"><rect/><path/></svg>";

    private static InertMarkup own;

    @BeforeAll
    static void learnThePagesOwnMarkup() {
        own = InertMarkup.learnedFrom(page(CLEAN));
        own.assertInert(page(CLEAN));
    }

    @Test
    void catchesAnInjectedImageWithAnErrorHandler() {
        assertCaught("<p><img src=x onerror=alert(1)></p>");
    }

    @Test
    void catchesAnEventHandlerOnAnOwnElement() {
        assertCaught("<p onmouseover=\"alert(1)\">x</p>");
    }

    @Test
    void catchesAScriptUrlBehindControlCharactersAndCase() {
        assertCaught("<p><a href=\"&#1; \tJaVaScRiPt:alert(1)\">x</a></p>");
    }

    @Test
    void catchesADataUrl() {
        assertCaught("<p><a href=\"data:text/html,x\">x</a></p>");
    }

    @Test
    void catchesASecondScript() {
        assertCaught("<p>x</p><script>alert(1)</script>");
    }

    @Test
    void catchesAnSvgThatIsNotAQrCode() {
        assertCaught("<svg><rect/></svg>");
    }

    @Test
    void catchesScriptInsideAQrCode() {
        assertCaught("<svg class=\"qr\"><a><rect/></a></svg>");
    }

    @Test
    void catchesAStyleElementInTheBody() {
        assertCaught("<style>body{}</style>");
    }

    @Test
    void catchesAnythingAddedToTheHead() {
        assertThrows(AssertionFailedError.class, () -> own.assertInert(Jsoup.parse(
                HEAD.replace("</head>", "<base href=\"https://evil.example/\"></head>") + CLEAN)));
    }

    private static void assertCaught(String injected) {
        assertThrows(AssertionFailedError.class, () -> own.assertInert(page(CLEAN + injected)));
    }

    private static Document page(String body) {
        return Jsoup.parse(HEAD + body + "</main></body></html>");
    }
}
