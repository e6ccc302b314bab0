package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the administrator's plain text becomes paragraphs, lines and links. */
class PlainTextTest {

    private static PlainText.Piece text(String text) {
        return new PlainText.Piece(text, "");
    }

    private static PlainText.Piece link(String address) {
        return new PlainText.Piece(address, address);
    }

    private static List<PlainText.Piece> line(String text) {
        return PlainText.pieces(text);
    }

    @Test
    void anEmptyLineSeparatesParagraphsAndALineBreakStaysOne() {
        List<PlainText.Paragraph> paragraphs = PlainText.paragraphs("One\r\ntwo\n \n\nThree\rfour\n");
        assertEquals(List.of(
                new PlainText.Paragraph(List.of(new PlainText.Line(List.of(text("One"))),
                        new PlainText.Line(List.of(text("two"))))),
                new PlainText.Paragraph(List.of(new PlainText.Line(List.of(text("Three"))),
                        new PlainText.Line(List.of(text("four")))))), paragraphs);
    }

    @Test
    void noTextNoParagraph() {
        assertEquals(List.of(), PlainText.paragraphs(" \n\t "));
        assertEquals(List.of(), PlainText.paragraphs(null));
    }

    @Test
    void webAndXmppAddressesBecomeLinks() {
        assertEquals(List.of(text("See "), link("https://example.org/rules?a=1&b=2#top"), text(" or "),
                link("xmpp:lobby@conference.example.org?join")),
                line("See https://example.org/rules?a=1&b=2#top or xmpp:lobby@conference.example.org?join"));
        assertEquals(List.of(link("HTTP://EXAMPLE.ORG")), line("HTTP://EXAMPLE.ORG"));
    }

    @Test
    void punctuationAfterAnAddressEndsTheSentenceNotTheAddress() {
        assertEquals(List.of(text("Rules: "), link("https://example.org/rules"), text(".")),
                line("Rules: https://example.org/rules."));
        assertEquals(List.of(text("(see "), link("https://example.org/a"), text("), then")),
                line("(see https://example.org/a), then"));
    }

    @Test
    void quotesAndAngleBracketsEndAnAddress() {
        assertEquals(List.of(text("\""), link("https://example.org/x"), text("\"><b>")),
                line("\"https://example.org/x\"><b>"));
    }

    @Test
    void otherSchemesAndBareNamesStayText() {
        assertEquals(List.of(text("javascript:alert(1) data:text/html,x www.example.org ftp://example.org")),
                line("javascript:alert(1) data:text/html,x www.example.org ftp://example.org"));
        assertEquals(List.of(text("https:// and xmpp: alone")), line("https:// and xmpp: alone"));
    }
}
