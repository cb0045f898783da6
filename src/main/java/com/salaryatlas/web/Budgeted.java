package com.salaryatlas.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * A map that keeps its values' total weight within a budget, least recently used out first: bytes for the page
 * cache, one a value for the fragment stores ({@link #ofEntries}). Reads take no lock (every cached page and every
 * calculator request passes here); only a write that goes over the budget sorts the entries by last use.
 */
final class Budgeted<K, V> {

    private final long budget;
    private final ToLongFunction<V> weight;
    private final ConcurrentHashMap<K, Entry<V>> values = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private long weighed;

    private static final class Entry<V> {
        final V value;
        volatile long used;

        Entry(V value, long used) {
            this.value = value;
            this.used = used;
        }
    }

    Budgeted(long budget, ToLongFunction<V> weight) {
        this.budget = budget;
        this.weight = weight;
    }

    /** At most {@code maxEntries} values, whatever their size. */
    static <K, V> Budgeted<K, V> ofEntries(int maxEntries) {
        return new Budgeted<>(maxEntries, value -> 1);
    }

    /** The value for {@code key}, now the most recently used, or null. */
    V get(K key) {
        Entry<V> entry = values.get(key);
        if (entry == null) {
            return null;
        }
        entry.used = clock.incrementAndGet();
        return entry.value;
    }

    synchronized void put(K key, V value) {
        Entry<V> old = values.put(key, new Entry<>(value, clock.incrementAndGet()));
        weighed += weight.applyAsLong(value) - (old == null ? 0 : weight.applyAsLong(old.value));
        if (weighed <= budget) {
            return;
        }
        List<Map.Entry<K, Entry<V>>> byAge = new ArrayList<>(values.entrySet());
        byAge.sort(Comparator.comparingLong(e -> e.getValue().used));
        for (Map.Entry<K, Entry<V>> eldest : byAge) {
            if (weighed <= budget || eldest.getKey().equals(key)) {
                break;
            }
            if (values.remove(eldest.getKey(), eldest.getValue())) {
                weighed -= weight.applyAsLong(eldest.getValue().value);
            }
        }
    }

    int size() {
        return values.size();
    }

    /** The values' total weight, which stays within the budget (but for one value weighing more than all of it). */
    synchronized long weight() {
        return weighed;
    }
}
