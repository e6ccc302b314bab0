package org.conferencehelp.chat;

import java.nio.charset.StandardCharsets;

/**
 * Builds {@code xmpp:} URIs (RFC 5122): every character outside the few a JID part may carry literally is
 * percent-encoded as UTF-8, so a room called {@code a&b?c} cannot change the URI's meaning.
 */
public final class XmppUri {

    private XmppUri() {
    }

    /** {@code xmpp:room@service?join} for a bare room address {@code room@service}. */
    public static String join(String roomAddress) {
        int at = roomAddress.lastIndexOf('@');
        String node = at < 0 ? "" : roomAddress.substring(0, at);
        String domain = roomAddress.substring(at + 1);
        return "xmpp:" + (node.isEmpty() ? "" : encode(node, NODE_ALLOWED) + "@") + encode(domain, DOMAIN_ALLOWED)
                + "?join";
    }

    /** {@code xmpp:service}, the address of a service. */
    public static String service(String domain) {
        return "xmpp:" + encode(domain, DOMAIN_ALLOWED);
    }

    // RFC 5122 §2.2: nodeid = *( unreserved / pct-encoded / nodeallow ), nodeallow = "!" / "$" / "(" / ")" / "*"
    // / "+" / "," / ";" / "="; a domain is an ihost, of which we let through only unreserved characters.
    private static final String NODE_ALLOWED = "!$()*+,;=";
    private static final String DOMAIN_ALLOWED = "";

    private static String encode(String part, String alsoAllowed) {
        StringBuilder out = new StringBuilder();
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c) || (c < 0x80 && alsoAllowed.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
