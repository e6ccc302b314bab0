package org.conferencehelp.render;

/**
 * Markup the plugin itself generated (QR code SVGs, a rendered page body) and that templates may therefore insert
 * unescaped. Every other value a template inserts is HTML-escaped by {@link EscapeEverythingElse}.
 */
public record TrustedHtml(String html) {

    /** Whether there is nothing to show (e.g. a join link too long for a QR code). */
    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public String toString() {
        return html;
    }
}
