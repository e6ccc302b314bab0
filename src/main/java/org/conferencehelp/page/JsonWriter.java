package org.conferencehelp.page;

import java.time.Instant;
import java.util.Collection;

/** A minimal streaming JSON writer: enough for the machine-readable view, with correct string escaping. */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder(4096);
    private boolean needsComma;

    JsonWriter beginObject() {
        comma();
        out.append('{');
        needsComma = false;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    JsonWriter beginArray(String name) {
        name(name);
        out.append('[');
        needsComma = false;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    JsonWriter beginObject(String name) {
        name(name);
        needsComma = false;
        return beginObject();
    }

    JsonWriter value(String name, String value) {
        name(name);
        string(value);
        needsComma = true;
        return this;
    }

    JsonWriter value(String name, Instant value) {
        return value(name, value == null ? null : value.toString());
    }

    JsonWriter value(String name, long value) {
        name(name);
        out.append(value);
        needsComma = true;
        return this;
    }

    JsonWriter value(String name, boolean value) {
        name(name);
        out.append(value);
        needsComma = true;
        return this;
    }

    JsonWriter strings(String name, Collection<String> values) {
        beginArray(name);
        for (String value : values) {
            comma();
            string(value);
            needsComma = true;
        }
        return endArray();
    }

    private void name(String name) {
        comma();
        string(name);
        out.append(':');
        needsComma = false;
    }

    private void comma() {
        if (needsComma) {
            out.append(',');
        }
    }

    private void string(String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // Also escaped: controls, and what could close a <script> or break JavaScript if the JSON is embedded.
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
