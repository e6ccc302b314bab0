package org.conferencehelp.live;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.FingerprintHistory;
import org.conferencehelp.tls.IdentityStoreSource;
import org.conferencehelp.tls.InventoryText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current {@link ServerFacts} and replaces them when the server tells us something changed. All reading of
 * key stores, digests and settings happens here, on the thread that reports the change, never on a request.
 */
public final class LiveServerFacts {

    private static final Logger LOG = LoggerFactory.getLogger(LiveServerFacts.class);

    private final IdentityStoreSource identityStores;
    private final ServerSettingsSource settingsSource;
    private final FingerprintHistory history;
    private final Clock clock;
    private final Cluster cluster;
    private final AtomicReference<ServerFacts> current;
    /** This node's own certificates, as last read. */
    private CertificateInventory local = CertificateInventory.EMPTY;
    /** In a cluster, every node's host name, sorted, each once; empty for a server on its own. */
    private List<String> clusterHosts = List.of();
    /** Whether this node shared its certificates yet (not while the constructor reads the settings first). */
    private boolean shared;
    private List<CertificateInventory.StoreProblem> loggedStoreProblems = List.of();
    private boolean settingsFailing;

    public LiveServerFacts(String xmppDomain, IdentityStoreSource identityStores, ServerSettingsSource settingsSource,
                           FingerprintHistory history, Clock clock) {
        this(xmppDomain, identityStores, settingsSource, history, clock, Cluster.ALONE);
    }

    /** Facts of one node of a cluster: its certificates are merged with the other nodes'. */
    public LiveServerFacts(String xmppDomain, IdentityStoreSource identityStores, ServerSettingsSource settingsSource,
                           FingerprintHistory history, Clock clock, Cluster cluster) {
        this.cluster = cluster;
        this.identityStores = identityStores;
        this.settingsSource = settingsSource;
        this.history = history;
        this.clock = clock;
        this.current = new AtomicReference<>(ServerFacts.initial(xmppDomain));
        settingsChanged();
        certificatesChanged();
    }

    public ServerFacts current() {
        return current.get();
    }

    /** Re-reads this node's identity stores (a store changed, or the plugin started) and shares them. */
    public synchronized void certificatesChanged() {
        CertificateInventory inventory = CertificateInventory.read(identityStores);
        if (!inventory.problems().equals(loggedStoreProblems)) { // a broken state is logged once, not per reading
            inventory.problems().forEach(p -> LOG.warn("Identity store for {} connections: {} ({})",
                    p.store().name().toLowerCase(Locale.ROOT), p.reason(), p.detail()));
            loggedStoreProblems = inventory.problems();
        }
        local = inventory;
        shared = true;
        certificatesOfCluster(cluster.clustered() ? cluster.share(thisNode()) : null);
    }

    /** Merges the nodes' certificates again: another node's changed, or a node left or joined. */
    public synchronized void otherNodesChanged() {
        certificatesOfCluster(cluster.clustered() ? cluster.nodes(thisNode()) : null);
    }

    /** What this node tells the others: its certificates, and the host name it knows itself by. */
    private String thisNode() {
        return InventoryText.write(local) + HOST + current().settings().hostname() + "\n";
    }

    private static final String HOST = "host\t";

    /** Every node's host name, sorted, each once (a line {@code InventoryText} leaves alone). */
    private static List<String> hosts(List<String> nodes) {
        return nodes.stream().flatMap(String::lines).filter(line -> line.startsWith(HOST))
                .map(line -> line.substring(HOST.length())).filter(host -> !host.isEmpty()).distinct().sorted()
                .toList();
    }

    /** Reads the fingerprint history again: the node that keeps it for the cluster saved it. */
    public synchronized void historyChanged() {
        history.reload();
        timePassed();
    }

    /** Joined or left a cluster, or became its senior member: shares this node's facts and reads the rest again. */
    public synchronized void clusterChanged() {
        history.reload();
        certificatesChanged();
    }

    /**
     * Shares this node's facts again and merges every node's, without an event: Openfire may hand the cluster's
     * events over minutes late (below a join it is still handling), or a node may leave before its event comes.
     * Costs a few reads of the clustered cache; publishes only what a page would show differently.
     *
     * @return whether this node joined or left a cluster since the facts last said
     */
    public synchronized boolean clusterChecked() {
        boolean clustered = cluster.clustered();
        boolean joinedOrLeft = clustered != current().clustered();
        if (clustered && !cluster.keepsHistory()) {
            history.reload(); // the senior member may have saved it while this node was not listening yet
        }
        if (clustered || joinedOrLeft) {
            certificatesOfCluster(clustered ? cluster.share(thisNode()) : null);
        }
        return joinedOrLeft;
    }

    /** @param nodes every node's certificates as text, or {@code null} for a server on its own */
    private void certificatesOfCluster(List<String> nodes) {
        CertificateInventory inventory = nodes == null ? local
                : CertificateInventory.acrossNodes(nodes.stream().map(InventoryText::read).toList());
        clusterHosts = nodes == null ? List.of() : hosts(nodes);
        // A store that cannot be read says nothing about replaced certificates: only readable ones update the
        // history, and only on the node that keeps it (the others read what it saved).
        boolean storesReadable = inventory.problems().stream()
                .allMatch(p -> p.reason() == CertificateInventory.StoreProblem.Reason.EMPTY);
        var previous = storesReadable && cluster.keepsHistory() ? history.update(inventory.certificates())
                : history.previous();
        List<String> hosts = clusterHosts;
        publish(facts -> facts.withCertificates(inventory, previous)
                .withSettings(facts.settings().withClusterHosts(hosts)));
    }

    /** Re-reads the federation and connection settings (a property changed). */
    public synchronized void settingsChanged() {
        ServerSettings settings;
        try {
            settings = settingsSource.read();
            settingsFailing = false;
        } catch (RuntimeException | LinkageError e) {
            if (!settingsFailing) {
                LOG.warn("Could not read the federation settings; the page says it cannot describe them.", e);
                settingsFailing = true;
            }
            settings = ServerSettings.unknown(current().settings().hostname());
        }
        String hostBefore = current().settings().hostname();
        ServerSettings read = settings.withClusterHosts(clusterHosts);
        publish(facts -> facts.withSettings(read));
        if (shared && cluster.clustered() && !read.hostname().equals(hostBefore)) {
            certificatesOfCluster(cluster.share(thisNode())); // the other nodes name this node's host too
        }
    }

    /** Takes a new directory snapshot (from the background refresher). */
    public synchronized void directoryChanged(DirectorySnapshot directory) {
        publish(facts -> facts.withDirectory(directory));
    }

    /** Takes what the administrator now publishes (a section switched, their words edited). */
    public synchronized void contentChanged(PageContent content) {
        publish(facts -> facts.withContent(content));
    }

    /**
     * Re-states what changes with time alone, without an event: previous certificates whose retention ran out, and
     * the certificates' days left and expiry warnings. A new version only when a page would read differently.
     */
    public synchronized void timePassed() {
        var previous = history.previous();
        publish(facts -> facts.withPreviousCertificates(previous));
    }

    /** Applies a change, stated as of now, and publishes it as a new version if a page would read differently. */
    private void publish(UnaryOperator<ServerFacts> change) {
        ServerFacts before = current.get();
        Instant asOf = clock.instant();
        ServerFacts changed = change.apply(before).withAsOf(asOf).withClustered(cluster.clustered());
        if (changed.sameContent(before)) {
            return; // nothing a page shows changed: keep the version, and with it every cached page
        }
        // HTTP dates have whole seconds: each change gets a later second, or If-Modified-Since would miss it.
        Instant now = asOf.truncatedTo(ChronoUnit.SECONDS);
        Instant lastModified = now.isAfter(before.lastModified()) ? now : before.lastModified().plusSeconds(1);
        current.set(changed.withVersion(before.version() + 1, lastModified));
    }
}
