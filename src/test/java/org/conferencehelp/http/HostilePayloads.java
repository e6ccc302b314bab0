package org.conferencehelp.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The corpus in {@code hostile-payloads.txt}, decoded (see the file's header for its escapes). */
public final class HostilePayloads {

    private HostilePayloads() {
    }

    public static List<String> all() {
        List<String> payloads = new ArrayList<>();
        for (String line : read().split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@long ")) {
                String[] parts = line.split(" ", 3);
                payloads.add(repeat(decode(parts[2]), Integer.parseInt(parts[1])));
            } else {
                payloads.add(decode(line));
            }
        }
        return payloads;
    }

    /** A short, printable name for a payload, for test reports. */
    public static String label(String payload) {
        StringBuilder label = new StringBuilder();
        payload.codePoints().limit(40).forEach(c -> label.append(
                c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.getType(c) == Character.FORMAT
                        ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return payload.length() > 40 ? label + "… (" + payload.length() + " chars)" : label.toString();
    }

    /** What the page may show of a text: HTML has no place for C0 controls (but tab and line breaks) or DEL. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0x7f) {
                out.append(c);
            }
        }
        return sameLineBreaks(out.toString());
    }

    /** HTML parsing turns CR LF and lone CR into LF; compare texts after doing the same. */
    public static String sameLineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Only the characters an IA5String (a certificate's DNS name) can hold. */
    static String ia5(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String repeat(String unit, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(unit);
        }
        return out.substring(0, length);
    }

    private static String decode(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\' || i + 1 == escaped.length()) {
                out.append(c);
                continue;
            }
            char next = escaped.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + escaped);
            }
        }
        return out.toString();
    }

    private static String read() {
        try (InputStream in = HostilePayloads.class.getResourceAsStream("/hostile-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
