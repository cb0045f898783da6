package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final AtomicLong now = new AtomicLong(1_000);

    private RateLimit limit(int perMinute, List<String> proxies, int maxClients) {
        return new RateLimit(perMinute, proxies, now::get, maxClients);
    }

    @Test
    void a_client_gets_a_minutes_allowance_then_waits_for_the_next_request_to_refill() {
        RateLimit limit = limit(60, List.of(), 10);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limit.take("203.0.113.9"), "request " + i);
        }
        long wait = limit.take("203.0.113.9");
        assertTrue(wait > 0 && wait <= TimeUnit.SECONDS.toNanos(1), "one token a second: " + wait);
        assertEquals(0, limit.take("198.51.100.7"), "another client has its own allowance");
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(0, limit.take("203.0.113.9"));
        assertTrue(limit.take("203.0.113.9") > 0);
    }

    @Test
    void forwarded_for_counts_only_when_the_peer_is_a_trusted_proxy() {
        RateLimit limit = limit(60, List.of("10.0.0.5"), 10);
        assertEquals("203.0.113.9", limit.client("10.0.0.5", "203.0.113.9"));
        assertEquals("203.0.113.9", limit.client("10.0.0.5", "1.2.3.4, 203.0.113.9"), "the hop our proxy saw, not a claim before it");
        assertEquals("198.51.100.7", limit.client("198.51.100.7", "203.0.113.9"), "an untrusted peer cannot pick its address");
        assertEquals("10.0.0.5", limit.client("10.0.0.5", " , 10.0.0.5"), "nothing but proxies: the peer");
        assertEquals("0:0:0:0:0:0:0:1", limit.client("[::1]", null));
    }

    @Test
    void memory_stays_bounded_by_forgetting_the_least_recently_seen_client() {
        RateLimit limit = limit(60, List.of(), 100);
        for (int i = 0; i < 1_000; i++) {
            limit.take("client-" + i);
        }
        assertEquals(100, limit.clients());
    }

    @Test
    void a_header_cannot_make_the_limiter_look_up_a_host_name_or_store_a_long_key() {
        assertEquals("example.com", RateLimit.canonical("example.com"));
        assertEquals(64, RateLimit.canonical("x".repeat(5_000)).length());
    }
}
