// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.cluster;

import javax.annotation.Nonnull;
import javax.annotation.Nullable;

/** Stand-in for org.jivesoftware.openfire.cluster.ClusteredCacheEntryListener (same in 5.0.0). */
public interface ClusteredCacheEntryListener<K, V> {

    void entryAdded(@Nonnull final K key, @Nullable final V newValue, @Nonnull final NodeID nodeID);

    void entryRemoved(@Nonnull final K key, @Nullable final V oldValue, @Nonnull final NodeID nodeID);

    void entryUpdated(@Nonnull final K key, @Nullable final V oldValue, @Nullable final V newValue,
                      @Nonnull final NodeID nodeID);

    void entryEvicted(@Nonnull final K key, @Nullable final V oldValue, @Nonnull final NodeID nodeID);

    void mapCleared(@Nonnull final NodeID nodeID);

    void mapEvicted(@Nonnull final NodeID nodeID);
}
