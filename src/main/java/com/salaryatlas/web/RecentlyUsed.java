package com.salaryatlas.web;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code maxEntries} values by key, the least recently used out first. Reads take no lock, since every
 * calculator request reads several kept fragments; a put past the limit scans for the eldest, which is cheap at the
 * few hundred entries the fragment stores hold and rare once they are warm.
 */
final class RecentlyUsed<K, V> {

    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private static final class Entry<V> {
        final V value;
        volatile long lastUsed = System.nanoTime();

        Entry(V value) {
            this.value = value;
        }
    }

    RecentlyUsed(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value for {@code key}, now the most recently used, or null. */
    V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        entry.lastUsed = System.nanoTime();
        return entry.value;
    }

    void put(K key, V value) {
        entries.put(key, new Entry<>(value));
        while (entries.size() > maxEntries) {
            entries.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastUsed))
                    .ifPresent(eldest -> entries.remove(eldest.getKey(), eldest.getValue()));
        }
    }

    int size() {
        return entries.size();
    }
}
