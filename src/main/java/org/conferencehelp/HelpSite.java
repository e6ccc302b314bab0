package org.conferencehelp;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.DirectoryRefresher;
import org.conferencehelp.http.HelpWebContext;
import org.conferencehelp.http.PageCache;
import org.conferencehelp.http.Variants;
import org.conferencehelp.live.Cluster;
import org.conferencehelp.live.ClusterChanges;
import org.conferencehelp.live.ClusterWatch;
import org.conferencehelp.live.LiveServerFacts;
import org.conferencehelp.live.ServerChanges;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettingsSource;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.page.Language;
import org.conferencehelp.page.Messages;
import org.conferencehelp.render.PageRenderer;
import org.conferencehelp.tls.FingerprintHistory;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.IdentityStoreSource;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;

/**
 * The whole help site, wired from where the server's facts come from: live facts, the background directory
 * refresh, rendering, and the Jetty context that serves it. The Openfire plugin and the standalone preview build it
 * the same way from different sources, then tell it of changes through {@link ServerChanges}.
 */
public final class HelpSite implements ServerChanges, ClusterChanges, AutoCloseable {

    /** Where the server's facts come from, and the cluster this server is a node of ({@link Cluster#ALONE}). */
    public record Sources(String xmppDomain, ConferenceServiceSource conferences, IdentityStoreSource identityStores,
                          ServerSettingsSource settings, HistoryStorage history, Cluster cluster) {

        /** The sources of a server on its own. */
        public Sources(String xmppDomain, ConferenceServiceSource conferences, IdentityStoreSource identityStores,
                       ServerSettingsSource settings, HistoryStorage history) {
            this(xmppDomain, conferences, identityStores, settings, history, Cluster.ALONE);
        }
    }

    private final SiteSettings settings;
    private final LiveServerFacts facts;
    private final DirectoryRefresher directory;
    /** In a cluster's node, looks at the other nodes every few seconds; null for a server on its own. */
    private final ClusterWatch clusterWatch;
    private final ServletContextHandler context;
    private final Map<Language, Messages> messages;
    /** Whether the rooms are first read when the site starts, not when it is made (in a cluster). */
    private final boolean roomsReadAtStart;

    /**
     * Reads everything once, so that the first request finds the facts; starts nothing (see {@link #start()}). In a
     * cluster the rooms are read on the site's own thread once it starts instead: there every read of Openfire's
     * clustered room cache copies every room (seconds with 10,000 rooms), which must not hold up Openfire's loading
     * of its plugins. Until then the page says the rooms cannot be listed right now.
     */
    public HelpSite(Sources sources, SiteSettings settings, Clock clock, ClassLoader classLoader) {
        this.settings = settings;
        FingerprintHistory history = new FingerprintHistory(sources.history(), clock, settings.historyRetention());
        facts = new LiveServerFacts(sources.xmppDomain(), sources.identityStores(), sources.settings(), history,
                clock, sources.cluster());
        directory = new DirectoryRefresher(sources.conferences(), settings.maxRoomsPerService(),
                facts::directoryChanged, facts::timePassed, sources.cluster()::roomsChanged);
        roomsReadAtStart = sources.cluster().clustered();
        clusterWatch = sources.cluster() == Cluster.ALONE ? null : new ClusterWatch(() -> {
            if (facts.clusterChecked()) {
                directory.requestRefresh(false); // joined or left without an event: the rooms are the cluster's now
            }
        }, () -> ClusterWatch.atMostEvery(settings.directoryRefresh().get()));
        if (!roomsReadAtStart) {
            directory.refresh();
        }
        pageContentChanged();
        messages = Messages.load(classLoader);
        PageRenderer renderer = new PageRenderer(messages);
        context = HelpWebContext.create(new PageCache(facts, new Variants(renderer)), clock, classLoader);
    }

    /** Starts the background refresh: the last step of starting, after everything that can fail. */
    public void start() {
        directory.start(settings.directoryRefresh());
        if (roomsReadAtStart) {
            directory.requestRefresh(false);
        }
        if (clusterWatch != null) {
            clusterWatch.start();
        }
    }

    /** The Jetty context to add to a web server (Openfire's public one, or the preview's). */
    public ServletContextHandler context() {
        return context;
    }

    /** What the pages show right now (the admin console's status reads it). */
    public ServerFacts facts() {
        return facts.current();
    }

    /** The pages' words, in every language (the admin console shares them). */
    public Map<Language, Messages> messages() {
        return messages;
    }

    @Override
    public void certificatesChanged() {
        facts.certificatesChanged();
    }

    @Override
    public void serverSettingsChanged() {
        facts.settingsChanged();
    }

    /** Soon, coalesced, and never on the caller's thread once the site runs: Openfire may hold a room's lock. */
    @Override
    public void roomsChanged() {
        directory.requestRefresh(false); // a setting: every node of a cluster hears of it
    }

    /**
     * Like {@link #roomsChanged()}, reading that room only. A change it finds is announced to the other nodes of a
     * cluster, which hear no event of it.
     */
    @Override
    public void roomChanged(String roomJid) {
        directory.requestRoom(roomJid, true);
    }

    @Override
    public void roomsChangedElsewhere(Collection<String> rooms) {
        if (rooms.isEmpty()) {
            directory.requestRefresh(false);
        }
        rooms.forEach(room -> directory.requestRoom(room, false));
    }

    @Override
    public void clusterChanged() {
        facts.clusterChanged();
        directory.requestRefresh(false);
    }

    @Override
    public void otherNodesChanged() {
        facts.otherNodesChanged();
    }

    @Override
    public void historyChanged() {
        facts.historyChanged();
    }

    @Override
    public void historyRetentionChanged() {
        facts.timePassed();
    }

    @Override
    public void pageContentChanged() {
        facts.contentChanged(settings.content().get());
    }

    @Override
    public void close() {
        if (clusterWatch != null) {
            clusterWatch.close();
        }
        directory.close();
    }
}
