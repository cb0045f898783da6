package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A per-client limit on what costs us work or stores what visitors send: every route that computes an estimate,
 * the report form and the API, each wrapped with {@link #limit} where {@code Routes} declares it. Reading pages is
 * never limited.
 *
 * <p>Each client has a token bucket holding a minute's allowance, refilled evenly, so a person clicking through the
 * calculator never meets it while a script hammering it gets 429 with {@code Retry-After}. The client is the
 * connection's peer address; {@code X-Forwarded-For} counts only when the peer is one of our own proxies, otherwise
 * anyone could pick a fresh address per request. Memory stays bounded: past {@code maxClients} the least recently
 * seen client is forgotten (which at worst hands it a fresh allowance).
 */
public final class RateLimit {

    /** An IPv4 or IPv6 literal, the only addresses {@link #canonical} parses. */
    private static final Pattern LITERAL_ADDRESS = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    static final int DEFAULT_MAX_CLIENTS = 50_000;
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Too many requests · Salary Atlas</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <main id="main">
            <h1>Too many requests</h1>
            <p>You have sent more requests than we answer in a minute. Please wait %d seconds, then try again.</p>
            <p><a href="/">Salary Atlas home</a></p>
            </main>
            </body>
            </html>
            """;

    private final int perMinute;
    private final Set<String> trustedProxies;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    /** {@code perMinute} 0 turns the limit off. */
    public RateLimit(int perMinute, Collection<String> trustedProxies) {
        this(perMinute, trustedProxies, System::nanoTime, DEFAULT_MAX_CLIENTS);
    }

    RateLimit(int perMinute, Collection<String> trustedProxies, LongSupplier nanoTime, int maxClients) {
        this.perMinute = perMinute;
        this.trustedProxies = trustedProxies.stream().map(RateLimit::canonical).collect(Collectors.toUnmodifiableSet());
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** {@code handler}, run only while the client is within its allowance; past it the answer is 429. */
    public Handler limit(Handler handler) {
        return ctx -> {
            if (allowed(ctx)) {
                handler.handle(ctx);
            }
        };
    }

    /** True when the request may go on; otherwise the 429 has been written. */
    private boolean allowed(Context ctx) {
        String path = ctx.path();
        if (perMinute == 0) {
            return true;
        }
        long waitNanos = take(client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For")));
        if (waitNanos == 0) {
            return true;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        ctx.header("Retry-After", String.valueOf(seconds));
        ctx.header("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            Problems.send(ctx, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "This client sent more than " + perMinute + " requests a minute. Retry after " + seconds + " s.", Map.of());
        } else {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).contentType("text/html; charset=utf-8").result(PAGE.formatted(seconds));
        }
        return false;
    }

    /** Who to count: the peer, or, behind our own proxies, the nearest address they did not add themselves. */
    String client(String peer, String forwardedFor) {
        String direct = canonical(peer);
        if (forwardedFor == null || !trustedProxies.contains(direct)) {
            return direct;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = canonical(hops[i].trim());
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return direct;
    }

    /** Nanoseconds until the client may send again; 0 when this request is allowed (and counted). */
    long take(String client) {
        long now = nanoTime.getAsLong();
        double nanosPerToken = 60e9 / perMinute;
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updated) / nanosPerToken);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) * nanosPerToken);
        }
    }

    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    /**
     * One spelling per address (::1 and 0:0:0:0:0:0:0:1 are one client). Only literal addresses are parsed, so no
     * header can make us wait on DNS; anything else is kept as it is, cut short so it cannot grow the map's memory.
     */
    static String canonical(String address) {
        if (address == null) {
            return "";
        }
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (a.length() <= 45 && LITERAL_ADDRESS.matcher(a).matches()) {
            try {
                return InetAddress.getByName(a).getHostAddress();
            } catch (UnknownHostException e) {
                return a;
            }
        }
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
