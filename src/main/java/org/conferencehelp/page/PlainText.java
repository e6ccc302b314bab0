package org.conferencehelp.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrator's plain text as paragraphs of lines of pieces, each piece either text or a link: blank lines
 * separate paragraphs, and web ({@code http:}, {@code https:}) and XMPP ({@code xmpp:}) addresses become links.
 * Nothing in the text is markup; the template escapes every piece, and a link's target can only start with one of
 * those three schemes.
 */
public final class PlainText {

    /** A piece of a line: {@code href} is empty for plain text. */
    public record Piece(String text, String href) {
        public boolean isLink() {
            return !href.isEmpty();
        }
    }

    /** One line of a paragraph. */
    public record Line(List<Piece> pieces) {
    }

    /** One paragraph: its lines, shown with line breaks between them. */
    public record Paragraph(List<Line> lines) {
    }

    /** An address up to white space or a character that cannot be part of one in running text. */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|xmpp:)[^\\s<>\"'`{}|\\\\^]+");
    /** Punctuation that ends a sentence rather than the address before it. */
    private static final String TRAILING = ".,;:!?)]";

    private PlainText() {
    }

    public static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return paragraphs;
        }
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
            List<Line> lines = new ArrayList<>();
            for (String line : block.strip().split("\n")) {
                lines.add(new Line(pieces(line.strip())));
            }
            paragraphs.add(new Paragraph(lines));
        }
        return paragraphs;
    }

    static List<Piece> pieces(String line) {
        List<Piece> pieces = new ArrayList<>();
        Matcher link = LINK.matcher(line);
        int start = 0;
        while (link.find()) {
            int end = link.end();
            while (end > link.start() && TRAILING.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            String address = line.substring(link.start(), end);
            if (address.endsWith("//") || address.endsWith(":")) {
                continue; // a scheme alone is no address
            }
            if (link.start() > start) {
                pieces.add(new Piece(line.substring(start, link.start()), ""));
            }
            pieces.add(new Piece(address, address));
            start = end;
        }
        if (start < line.length()) {
            pieces.add(new Piece(line.substring(start), ""));
        }
        return pieces;
    }
}
