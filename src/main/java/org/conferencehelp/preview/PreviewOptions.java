package org.conferencehelp.preview;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The preview's command line: {@code [--port N] [--keystore FILE [--storepass PASS]] [--domain DOMAIN] [--rooms N]
 * [--static-dir DIR]}.
 *
 * <p>For the benchmarks (bench/run.sh): {@code --rooms N} adds N generated public rooms to the demo conference
 * service; {@code --static-dir DIR} also serves the files of DIR from the same Jetty, the baselines the live page is
 * measured against: at {@code /static/} from a core {@code ResourceHandler}, and at {@code /static-servlet/} from
 * the ee8 {@code DefaultServlet}, as Openfire serves the files of its public web server. Two options are left out
 * of the usage line because only the benchmark needs them: {@code --refresh-seconds N} refreshes the room
 * directory every N seconds (at least 1) instead of every 30, and {@code --churn} makes the demo lobby's occupancy
 * change at each refresh, so that every refresh changes the page and the next request renders it again.
 *
 * @param staticDir      files to serve at {@code /static/} and {@code /static-servlet/}, or {@code null}
 * @param refreshSeconds the directory refresh interval, or 0 for the plugin's default
 */
record PreviewOptions(int port, Path keystore, String storepass, String domain, int rooms, boolean help,
                      Path staticDir, int refreshSeconds, boolean churn) {

    static final String USAGE = "usage: java -jar conferencehelp-preview.jar [--port N] "
            + "[--keystore FILE [--storepass PASS]] [--domain DOMAIN] [--rooms N] [--static-dir DIR]";

    /** The options without the benchmark's. */
    PreviewOptions(int port, Path keystore, String storepass, String domain, int rooms, boolean help) {
        this(port, keystore, storepass, domain, rooms, help, null, 0, false);
    }

    /** Parses the arguments; throws {@link IllegalArgumentException} with a one-line reason. */
    static PreviewOptions parse(String... args) {
        int port = 8080;
        Path keystore = null;
        String storepass = null;
        String domain = "example.org";
        int rooms = 0;
        Path staticDir = null;
        int refreshSeconds = 0;
        boolean churn = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new PreviewOptions(port, null, null, domain, 0, true);
                }
                case "--port" -> port = number(arg, value(args, ++i, arg), 0, 65535);
                case "--keystore" -> {
                    keystore = Path.of(value(args, ++i, arg));
                    if (!Files.isReadable(keystore)) {
                        throw new IllegalArgumentException("cannot read key store " + keystore);
                    }
                }
                case "--storepass" -> storepass = value(args, ++i, arg);
                case "--domain" -> {
                    domain = value(args, ++i, arg).strip().toLowerCase(java.util.Locale.ROOT);
                    if (!domain.matches("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")) {
                        throw new IllegalArgumentException("not a domain name: " + args[i]);
                    }
                }
                case "--rooms" -> rooms = number(arg, value(args, ++i, arg), 0, 1_000_000);
                case "--static-dir" -> {
                    staticDir = Path.of(value(args, ++i, arg));
                    if (!Files.isDirectory(staticDir)) {
                        throw new IllegalArgumentException("not a directory: " + staticDir);
                    }
                }
                case "--refresh-seconds" -> refreshSeconds = number(arg, value(args, ++i, arg), 1, 86_400);
                case "--churn" -> churn = true;
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (storepass != null && keystore == null) {
            throw new IllegalArgumentException("--storepass needs --keystore");
        }
        return new PreviewOptions(port, keystore, storepass == null ? "changeit" : storepass, domain, rooms, false,
                staticDir, refreshSeconds, churn);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value);
        }
    }
}
