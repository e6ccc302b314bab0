package org.conferencehelp.http;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/**
 * Captures what is logged while it is open, to count how often something was logged.
 *
 * <p>Why this works: the logger on the test class path is slf4j-simple, which writes to {@code System.err} and
 * looks {@code System.err} up again for every message (unless {@code org.slf4j.simpleLogger.cacheOutputStream}
 * is set). Swapping {@code System.err} therefore catches every message from every thread, whenever the loggers
 * were created, which a log-file system property set in a static block would not (surefire runs all test
 * classes in one JVM, so some logger may already exist). The copy still goes to the real {@code System.err}.
 * A probe message checks on opening that the assumption holds, and fails loudly if the logging set-up changed.
 */
public final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private LogCapture() {
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (captured) {
                    captured.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (captured) {
                    captured.write(bytes, offset, length);
                }
                original.write(bytes, offset, length);
            }
        };
        System.setErr(new PrintStream(both, true, StandardCharsets.UTF_8));
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        String probe = "log capture probe " + UUID.randomUUID();
        LoggerFactory.getLogger(LogCapture.class).warn(probe);
        if (capture.count(probe) != 1) {
            capture.close();
            throw new IllegalStateException("Log messages no longer go through System.err (slf4j-simple without "
                    + "cacheOutputStream); LogCapture cannot count them.");
        }
        return capture;
    }

    /** How many logged lines contain the text. */
    public int count(String text) {
        int count = 0;
        for (String line : text().split("\n")) {
            if (line.contains(text)) {
                count++;
            }
        }
        return count;
    }

    public String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
