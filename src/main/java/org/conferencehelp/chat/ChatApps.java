package org.conferencehelp.chat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The free XMPP apps the room pages recommend to someone who has none yet, per platform. The list is data: the one
 * that comes with the plugin ({@code apps.json} beside this class), or one an administrator gives in the same format
 * (the console page, or the system property {@code plugin.conferencehelp.apps}).
 */
public record ChatApps(Map<Platform, List<App>> byPlatform) {

    /** The platforms apps are recommended for, in the order shown when the visitor's is not known. */
    public enum Platform {
        ANDROID, IOS, WINDOWS, MACOS, LINUX, WEB;

        /** The name used in the list's data and in the pages' ids, e.g. {@code macos}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The platform a browser says it runs on, from its {@code User-Agent} alone; {@code null} when it does not
         * say. iPads that ask for desktop pages say they are Macs, and are taken at their word.
         */
        public static Platform of(String userAgent) {
            if (userAgent == null) {
                return null;
            }
            if (userAgent.contains("Android")) {
                return ANDROID;
            }
            if (userAgent.contains("iPhone") || userAgent.contains("iPad") || userAgent.contains("iPod")) {
                return IOS;
            }
            if (userAgent.contains("Windows")) {
                return WINDOWS;
            }
            if (userAgent.contains("Macintosh") || userAgent.contains("Mac OS X")) {
                return MACOS;
            }
            if (userAgent.contains("Linux") || userAgent.contains("X11") || userAgent.contains("CrOS")) {
                return LINUX;
            }
            return null;
        }
    }

    /** One app, with the page of its makers or its store. */
    public record App(String name, String url) {
    }

    private static final int MAX_APPS_PER_PLATFORM = 10;
    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_URL_LENGTH = 300;

    public ChatApps {
        Map<Platform, List<App>> copy = new EnumMap<>(Platform.class);
        byPlatform.forEach((platform, apps) -> copy.put(platform, List.copyOf(apps)));
        byPlatform = Map.copyOf(copy);
    }

    /** The list that comes with the plugin. */
    public static final ChatApps BUNDLED = bundled();

    /** The apps for a platform, in their order; none if the list names none. */
    public List<App> of(Platform platform) {
        return byPlatform.getOrDefault(platform, List.of());
    }

    /**
     * Reads a list in the bundled format: {@code {"platforms": {"android": [{"name": …, "url": "https://…"}]}}}.
     *
     * @throws IllegalArgumentException saying what is wrong, when it is not such a list: not JSON, an unknown
     *                                  platform, a name missing or too long, a link that is not https, too many apps
     */
    public static ChatApps parse(String json) {
        try {
            JSONObject platforms = new JSONObject(json).getJSONObject("platforms");
            Map<Platform, List<App>> byPlatform = new EnumMap<>(Platform.class);
            for (String id : platforms.keySet()) {
                Platform platform = platform(id);
                JSONArray entries = platforms.getJSONArray(id);
                if (entries.length() > MAX_APPS_PER_PLATFORM) {
                    throw new IllegalArgumentException("more than " + MAX_APPS_PER_PLATFORM + " apps for " + id);
                }
                List<App> apps = new ArrayList<>();
                for (int i = 0; i < entries.length(); i++) {
                    JSONObject entry = entries.getJSONObject(i);
                    apps.add(new App(name(entry.getString("name")), secureLink(entry.getString("url"))));
                }
                byPlatform.put(platform, apps);
            }
            return new ChatApps(byPlatform);
        } catch (JSONException e) {
            throw new IllegalArgumentException("not a list of apps: " + e.getMessage(), e);
        }
    }

    /**
     * The administrator's list when there is one and it is a list ({@link #parse}); else the bundled one, and when
     * the administrator's is not a list, {@code problem} is told what is wrong with it.
     */
    public static ChatApps orBundled(String configured, Consumer<String> problem) {
        if (configured == null || configured.isBlank()) {
            return BUNDLED;
        }
        try {
            return parse(configured);
        } catch (IllegalArgumentException e) {
            problem.accept(e.getMessage());
            return BUNDLED;
        }
    }

    private static Platform platform(String id) {
        for (Platform platform : Platform.values()) {
            if (platform.id().equals(id)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("unknown platform \"" + id + "\"; known: android, ios, windows, macos, "
                + "linux, web");
    }

    private static String name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("an app name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    /** Only absolute https links to a host: nothing a page could be made to run or to send visitors to in clear. */
    private static String secureLink(String url) {
        try {
            URI uri = new URI(url.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                    || url.length() > MAX_URL_LENGTH) {
                throw new IllegalArgumentException("not an https link: " + url);
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an https link: " + url, e);
        }
    }

    private static ChatApps bundled() {
        try (InputStream in = ChatApps.class.getResourceAsStream("apps.json")) {
            if (in == null) {
                throw new IllegalStateException("apps.json is missing from the plugin");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("apps.json cannot be read", e);
        }
    }
}
