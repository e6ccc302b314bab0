package org.conferencehelp.http;

import java.time.Clock;
import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.DirectoryRefresher;
import org.conferencehelp.page.LiveServerFacts;
import org.conferencehelp.page.Messages;
import org.conferencehelp.page.PageRenderer;
import org.conferencehelp.page.ServerSettingsSource;
import org.conferencehelp.tls.FingerprintHistory;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.IdentityStoreSource;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;

/**
 * The whole help site, wired from the server's facts: live facts, background directory refresh, rendering and the
 * Jetty context. The Openfire plugin and the standalone preview build it the same way from different sources.
 */
public final class HelpSite implements AutoCloseable {

    /** The operator's settings, read each time they matter so that a change applies without a restart. */
    public record Settings(IntSupplier maxRoomsPerService, Supplier<Duration> directoryRefresh,
                           Supplier<Duration> historyRetention) {
        public static Settings defaults() {
            return new Settings(() -> 50, () -> Duration.ofSeconds(30), () -> Duration.ofDays(30));
        }
    }

    /** Where the server's facts come from. */
    public record Sources(String xmppDomain, ConferenceServiceSource conferences, IdentityStoreSource identityStores,
                          ServerSettingsSource settings, HistoryStorage history) {
    }

    private final LiveServerFacts facts;
    private final DirectoryRefresher directory;
    private final ServletContextHandler context;

    public HelpSite(Sources sources, Settings settings, Clock clock, ClassLoader classLoader) {
        FingerprintHistory history = new FingerprintHistory(sources.history(), clock, settings.historyRetention());
        facts = new LiveServerFacts(sources.xmppDomain(), sources.identityStores(), sources.settings(), history,
                clock);
        directory = new DirectoryRefresher(sources.conferences(), settings.maxRoomsPerService(),
                facts::directoryChanged, facts::expireHistory);
        directory.refresh(); // the first snapshot before the first request
        directory.start(settings.directoryRefresh());
        PageRenderer renderer = new PageRenderer(Messages.load(classLoader), clock, HelpWebContext.CONTEXT_PATH);
        context = HelpWebContext.create(new RenderedPages(facts, renderer), classLoader);
    }

    public LiveServerFacts facts() {
        return facts;
    }

    /** The Jetty context to add to a server (Openfire's public one, or the preview's). */
    public ServletContextHandler context() {
        return context;
    }

    /** Takes a directory snapshot now instead of at the next interval. */
    public void refreshDirectory() {
        directory.refresh();
    }

    @Override
    public void close() {
        directory.close();
    }
}
