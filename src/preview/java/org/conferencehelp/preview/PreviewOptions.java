package org.conferencehelp.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The preview's command line: {@code [--port N] [--keystore FILE [--storepass PASS]] [--domain DOMAIN]
 * [--rooms N]}.
 *
 * @param rooms generated public rooms added to the demo conference service, to see the page at scale
 */
public record PreviewOptions(int port, Path keystore, String storepass, String domain, int rooms, boolean help) {

    public static final String USAGE = "usage: java -jar conferencehelp-preview.jar [--port N] "
            + "[--keystore FILE [--storepass PASS]] [--domain DOMAIN] [--rooms N]";

    /** Parses the arguments; throws {@link IllegalArgumentException} with a one-line reason. */
    public static PreviewOptions parse(String... args) {
        int port = 8080;
        Path keystore = null;
        String storepass = null;
        String domain = "example.org";
        int rooms = 0;
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
                    domain = value(args, ++i, arg).strip().toLowerCase(Locale.ROOT);
                    if (!domain.matches("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")) {
                        throw new IllegalArgumentException("not a domain name: " + args[i]);
                    }
                }
                case "--rooms" -> rooms = number(arg, value(args, ++i, arg), 0, 1_000_000);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (storepass != null && keystore == null) {
            throw new IllegalArgumentException("--storepass needs --keystore");
        }
        return new PreviewOptions(port, keystore, storepass == null ? "changeit" : storepass, domain, rooms, false);
    }

    /** The value after an option; throws when there is none. */
    public static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    /** A whole number between the bounds; throws otherwise. */
    public static int number(String option, String value, int min, int max) {
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
