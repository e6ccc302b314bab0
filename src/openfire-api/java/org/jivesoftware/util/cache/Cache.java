// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util.cache;

import java.io.Serializable;
import javax.annotation.Nonnull;
import org.jivesoftware.openfire.cluster.ClusteredCacheEntryListener;

/** Stand-in for org.jivesoftware.util.cache.Cache: only what the plugin calls (the real one has more). */
public interface Cache<K extends Serializable, V extends Serializable> extends java.util.Map<K, V> {

    String getName();

    String addClusteredCacheEntryListener(@Nonnull final ClusteredCacheEntryListener<K, V> listener,
                                          final boolean includeValues, final boolean includeEventsFromLocalNode);

    void removeClusteredCacheEntryListener(@Nonnull final String listenerId);
}
