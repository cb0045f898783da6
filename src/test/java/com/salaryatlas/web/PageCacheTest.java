package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    /** A page that does not compress: its stored size is its length. */
    private static Prepared page(int bytes, long seed) {
        byte[] body = new byte[bytes];
        new Random(seed).nextBytes(body);
        return Prepared.compressedOnly(body, "text/html");
    }

    @Test
    void many_first_visitors_of_one_page_wait_for_a_single_render() throws Exception {
        PageCache cache = new PageCache(null, true, 1 << 20, 0);
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Prepared>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return cache.renderOnce("/guides", () -> {
                    renders.incrementAndGet();
                    sleep(200);
                    return page(1000, 1);
                });
            }));
        }
        start.countDown();
        for (Future<Prepared> answer : answers) {
            assertNotNull(answer.get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, renders.get());
    }

    @Test
    void distinct_pages_render_at_most_four_a_core_at_once() throws Exception {
        PageCache cache = new PageCache(null, true, 1 << 20, 0);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<Prepared>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String path = "/page-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return cache.renderOnce(path, () -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    sleep(100);
                    inFlight.decrementAndGet();
                    return page(1000, 1);
                });
            }));
        }
        start.countDown();
        for (Future<Prepared> answer : answers) {
            assertNotNull(answer.get(20, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(4 * Runtime.getRuntime().availableProcessors(), most.get());
    }

    @Test
    void a_failed_render_is_not_kept_and_the_next_visitor_renders_again() {
        PageCache cache = new PageCache(null, true, 1 << 20, 0);
        try {
            cache.renderOnce("/x", () -> {
                throw new IllegalStateException("template broke");
            });
        } catch (IllegalStateException expected) {
            // the visitor got the error page
        }
        assertNotNull(cache.renderOnce("/x", () -> page(100, 2)));
    }

    @Test
    void the_cache_stays_within_its_byte_budget() {
        PageCache cache = new PageCache(null, true, 10_000, 0);
        for (int i = 0; i < 50; i++) {
            cache.renderOnce("/page/" + i, () -> page(1_000, 3));
        }
        assertTrue(cache.bytes() <= 10_000, "kept " + cache.bytes() + " bytes");
    }

    @Test
    void the_least_recently_used_page_goes_first() {
        PageCache cache = new PageCache(null, true, 3_500, 0);
        cache.renderOnce("/a", () -> page(1_000, 4));
        cache.renderOnce("/b", () -> page(1_000, 5));
        cache.renderOnce("/c", () -> page(1_000, 6));
        cache.cached("/a");
        cache.renderOnce("/d", () -> page(1_000, 7));
        assertNull(cache.cached("/b"));
    }

    @Test
    void a_kept_page_keeps_only_its_gzipped_bytes() {
        byte[] html = "<p>The same sentence again and again.</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Prepared kept = Prepared.compressedOnly(html, "text/html");
        assertNull(kept.plain());
        assertTrue(kept.storedBytes() < html.length / 4, "stored " + kept.storedBytes());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
