package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Openfire's logs/openfire.log, read as entries: a line that starts with a timestamp, and the lines (stack traces)
 * that follow it. The console colours Openfire's log4j configuration adds are removed.
 */
record OpenfireLog(List<String> entries) {

    private static final Pattern ENTRY_START = Pattern.compile("^\\d{4}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}:\\d{2}.*");
    private static final Pattern COLOURS = Pattern.compile("\u001B\\[[0-9;]*m");

    static OpenfireLog read(Path file) throws IOException {
        List<String> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return new OpenfireLog(entries);
        }
        StringBuilder entry = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) { // any byte reads
            String line = COLOURS.matcher(raw).replaceAll("");
            if (ENTRY_START.matcher(line).matches() || entry == null) {
                if (entry != null) {
                    entries.add(entry.toString());
                }
                entry = new StringBuilder(line);
            } else {
                entry.append('\n').append(line);
            }
        }
        if (entry != null) {
            entries.add(entry.toString());
        }
        return new OpenfireLog(entries);
    }

    /** ERROR entries that name the plugin: logged by it, about it, or with its classes in their stack trace. */
    List<String> pluginErrors() {
        return entries.stream()
                .filter(e -> e.lines().findFirst().orElse("").contains(" ERROR "))
                .filter(e -> e.contains("org.conferencehelp") || e.contains("conferencehelp"))
                .toList();
    }

    long count(String text) {
        return entries.stream().filter(e -> e.contains(text)).count();
    }
}
