package app.dealbrief.insight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a build derives from one note's text that does not depend on the account (its word set for
 * duplicate grouping, its source stem, the people its sentences describe), kept between builds so a warm
 * briefing only combines. Keyed by the text itself: an edited note is a new key, an identical copy shares.
 * Bounded (least recently used out); safe to share between threads.
 */
final class DerivedCache<K, V> {
    private final Map<K, V> map;

    DerivedCache(int capacity) {
        this.map = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> compute) {
        synchronized (map) {
            V v = map.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = compute.apply(key);
        synchronized (map) {
            map.put(key, v);
        }
        return v;
    }

    /** A cache that derives nothing twice within one call, for callers without a builder (tests). */
    static <K, V> DerivedCache<K, V> once() {
        return new DerivedCache<>(100_000);
    }
}
