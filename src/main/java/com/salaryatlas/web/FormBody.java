package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reader of form bodies on the site (the calculator, the report form). It refuses, before or while reading:
 * a body that is not a urlencoded form (415), one larger than the form can produce (413, and the connection closes
 * rather than read the rest), one that is not valid urlencoded UTF-8 (400), and one that arrives too slowly (408).
 * A client may have only {@link #MAX_READING_PER_CLIENT} bodies still arriving at once (429 past that), so one
 * address dripping bytes cannot hold the server's request slots (a body already here in full is read at once);
 * each body must be complete within {@link #DEADLINE}.
 * A client that leaves mid-body costs one log line.
 */
public final class FormBody {

    /** A form post is a few hundred bytes; the report form's longest message is 2,000 characters (6 KB escaped). */
    public static final int MAX_BYTES = 16 * 1024;
    static final int MAX_READING_PER_CLIENT = 4;
    static final Duration DEADLINE = Duration.ofSeconds(5);
    /**
     * An oversized body up to this size is read and dropped before the 413 goes out, so a browser that is still
     * sending sees our answer rather than a reset connection; past it, or past the deadline, the connection closes.
     */
    static final long MAX_DISCARD_BYTES = 4L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FormBody.class);

    /** Why a body was refused: the status to answer with and a sentence for the visitor. */
    public static final class Refused extends Exception {
        private final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final RateLimit clients;
    private final LongSupplier nanoTime;
    private final Map<String, AtomicInteger> reading = new ConcurrentHashMap<>();

    public FormBody(RateLimit clients) {
        this(clients, System::nanoTime);
    }

    FormBody(RateLimit clients, LongSupplier nanoTime) {
        this.clients = clients;
        this.nanoTime = nanoTime;
    }

    /**
     * The form's fields. On {@link Refused} the caller answers with its status and message in its own page; the
     * headers a refusal needs ({@code Connection: close}, {@code Retry-After}) are already set.
     */
    public Map<String, List<String>> read(Context ctx) throws Refused {
        String type = ctx.header("Content-Type") == null ? "" : ctx.header("Content-Type").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            // Read past the body we refuse (bounded, like an oversized one): left unread, Jetty may close the
            // connection under a client that is about to send its next request on it.
            discard(ctx);
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This takes an ordinary form submission.");
        }
        if (arrivedWhole(ctx)) {
            // Nothing left to wait for, so this body holds no slot: the limit below is for bodies still arriving.
            return decode(readBody(ctx));
        }
        String client = clients.client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        AtomicInteger mine = reading.computeIfAbsent(client, c -> new AtomicInteger());
        try {
            if (mine.incrementAndGet() > MAX_READING_PER_CLIENT) {
                // Not read: this client already holds its share of readers, so the connection closes instead.
                ctx.header("Connection", "close");
                ctx.header("Retry-After", "5");
                throw new Refused(HttpStatus.TOO_MANY_REQUESTS, "Too many submissions from one address at once.");
            }
            if (ctx.req().getContentLengthLong() > MAX_BYTES) {
                discard(ctx);
                throw tooLarge(ctx);
            }
            return decode(readBody(ctx));
        } finally {
            if (mine.decrementAndGet() == 0) {
                reading.remove(client, mine);
            }
        }
    }

    /**
     * Whether the whole announced body is already here: a browser's form post usually arrives in the same packet as
     * its headers, and many at once from one address (a school, an office behind one NAT) must not be refused.
     */
    private static boolean arrivedWhole(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        try {
            return length >= 0 && length <= MAX_BYTES && ctx.req().getInputStream().available() >= length;
        } catch (IOException e) {
            return false;
        }
    }

    /** The query string's fields, read by the same rules as a body: a broken escape is 400. */
    public Map<String, List<String>> query(Context ctx) throws Refused {
        try {
            return FormData.parse(ctx.queryString());
        } catch (IllegalArgumentException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "That link is damaged.");
        }
    }

    /** Whether the query string names any of {@code fields}; a damaged one counts, so that its reader answers 400. */
    public static boolean queryHasAny(Context ctx, java.util.Set<String> fields) {
        try {
            return FormData.parse(ctx.queryString()).keySet().stream().anyMatch(fields::contains);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private byte[] readBody(Context ctx) throws Refused {
        long deadline = nanoTime.getAsLong() + DEADLINE.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            InputStream in = ctx.req().getInputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                body.write(buffer, 0, n);
                if (body.size() > MAX_BYTES) {
                    discard(ctx);
                    throw tooLarge(ctx);
                }
                if (nanoTime.getAsLong() > deadline) {
                    ctx.header("Connection", "close");
                    throw new Refused(HttpStatus.REQUEST_TIMEOUT, "The submission arrived too slowly.");
                }
            }
        } catch (IOException e) {
            // The client left or stalled mid-body: nobody is there to read an answer, and a stack trace says nothing more.
            LOG.info("Form body from {} {} ended early: {}", ctx.method(), ctx.path(), e.toString());
            ctx.header("Connection", "close");
            throw new Refused(HttpStatus.BAD_REQUEST, "The submission did not arrive in full.");
        }
        return body.toByteArray();
    }

    /** Reads what is left of an oversized body, up to {@link #MAX_DISCARD_BYTES} and the deadline. */
    private void discard(Context ctx) {
        long deadline = nanoTime.getAsLong() + DEADLINE.toNanos();
        long left = MAX_DISCARD_BYTES;
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = ctx.req().getInputStream();
            int n;
            while (left > 0 && nanoTime.getAsLong() < deadline && (n = in.read(buffer)) >= 0) {
                left -= n;
            }
        } catch (IOException e) {
            left = 0;
        }
        if (left <= 0 || nanoTime.getAsLong() >= deadline) {
            ctx.header("Connection", "close");
        }
    }

    private static Refused tooLarge(Context ctx) {
        return new Refused(HttpStatus.CONTENT_TOO_LARGE, "That submission was far larger than the form can produce.");
    }

    static Map<String, List<String>> decode(byte[] body) throws Refused {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return FormData.parse(text);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "We could not read that submission.");
        }
    }
}
