package org.conferencehelp.preview.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.preview.DemoServer;
import org.conferencehelp.preview.PreviewOptions;
import org.conferencehelp.preview.PreviewServer;
import org.eclipse.jetty.ee8.servlet.DefaultServlet;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The preview as bench/run.sh runs it: the preview's options, and three of its own.
 * {@code --static-dir DIR} also serves the files of DIR from the same Jetty, the baselines the live page is measured
 * against: at {@code /static/} from a core {@code ResourceHandler}, and at {@code /static-servlet/} from the ee8
 * {@code DefaultServlet}, as Openfire serves the files of its public web server. {@code --refresh-seconds N}
 * refreshes the room directory every N seconds instead of every 30; {@code --churn} makes the demo lobby's
 * occupancy change at each refresh, so that every refresh changes the page (the worst case of a refresh).
 */
public final class BenchPreview {

    private BenchPreview() {
    }

    public static void main(String[] args) throws Exception {
        start(args).announceAndWait();
    }

    /** Starts the preview with the benchmark's options; throws {@link IllegalArgumentException} for bad ones. */
    public static PreviewServer start(String... args) throws Exception {
        List<String> previewArgs = new ArrayList<>();
        Path staticDir = null;
        int refreshSeconds = 0;
        boolean churn = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--static-dir" -> {
                    staticDir = Path.of(PreviewOptions.value(args, ++i, args[i - 1]));
                    if (!Files.isDirectory(staticDir)) {
                        throw new IllegalArgumentException("not a directory: " + staticDir);
                    }
                }
                case "--refresh-seconds" -> refreshSeconds = PreviewOptions.number(args[i],
                        PreviewOptions.value(args, ++i, args[i - 1]), 1, 86_400);
                case "--churn" -> churn = true;
                default -> previewArgs.add(args[i]);
            }
        }
        PreviewOptions options = PreviewOptions.parse(previewArgs.toArray(String[]::new));
        ConferenceServiceSource rooms = new DemoServer(options.domain(), options.rooms());
        SiteSettings settings = SiteSettings.defaults();
        if (refreshSeconds > 0) {
            settings = settings.withDirectoryRefresh(Duration.ofSeconds(refreshSeconds));
        }
        List<ContextHandler> baselines = staticDir == null ? List.of()
                : List.of(staticFiles(staticDir), staticFilesThroughServlet(staticDir));
        return PreviewServer.start(options, churn ? new ChurningRooms(rooms) : rooms, settings, baselines);
    }

    /** The files at {@code /static/}, from a core handler: Jetty's cheapest way to serve. */
    private static ContextHandler staticFiles(Path dir) {
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.root().newResource(dir.toAbsolutePath()));
        files.setDirAllowed(false);
        return new ContextHandler(files, "/static");
    }

    /**
     * The same files at {@code /static-servlet/}, through the servlet layer the help pages also go through: Jetty's
     * ee8 {@code DefaultServlet}, set up as in the web application that serves the files of Openfire's own public web
     * server ({@code resources/spank}: Jetty's default descriptor, which caches files, but without directory listings).
     */
    private static ContextHandler staticFilesThroughServlet(Path dir) {
        ServletContextHandler files = new ServletContextHandler(null, "/static-servlet",
                ServletContextHandler.NO_SESSIONS);
        files.setBaseResource(ResourceFactory.root().newResource(dir.toAbsolutePath()));
        ServletHolder servlet = new ServletHolder("static", DefaultServlet.class);
        servlet.setInitParameter("dirAllowed", "false"); // the rest as in Jetty's webdefault-ee8.xml
        servlet.setInitParameter("maxCacheSize", "256000000");
        servlet.setInitParameter("maxCachedFileSize", "200000000");
        servlet.setInitParameter("maxCachedFiles", "2048");
        servlet.setInitParameter("useFileMappedBuffer", "true");
        files.addServlet(servlet, "/");
        return files.getCoreContextHandler();
    }
}
