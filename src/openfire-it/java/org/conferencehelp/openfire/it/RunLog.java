package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * What a run measured, one line each, on the console (where the recorded runs in docs/openfire-it/ come from) and in
 * target/openfire-it/VERSION/timings.txt. Lines start with "[openfire-it]" so that they can be picked out of Maven's
 * output.
 */
final class RunLog {

    private RunLog() {
    }

    static void line(String version, String text) {
        String line = "[openfire-it] " + version + " | " + text;
        System.out.println(line);
        Path file = OpenfireServer.workRoot().resolve(version).resolve("timings.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }
}
