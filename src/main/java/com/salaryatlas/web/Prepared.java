package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response body prepared once and served many times: its bytes, the same bytes gzipped, and a strong ETag. Served
 * with a Content-Length (never chunked), answered 304 when the browser already has it, and without a body for HEAD.
 * A cached page keeps only its gzipped bytes ({@code plain} null); a client that does not take gzip gets them unzipped.
 */
public record Prepared(byte[] plain, byte[] gzip, String etag, String contentType) {

    /** Below this size gzip saves less than its own framing costs a client to undo. */
    private static final int WORTH_COMPRESSING = 512;

    public static Prepared of(byte[] body, String contentType) {
        byte[] gzip = body.length < WORTH_COMPRESSING ? null : gzip(body);
        return new Prepared(body, gzip != null && gzip.length < body.length ? gzip : null, etag(body), contentType);
    }

    /** Keeps one encoding: the gzipped bytes when they are smaller, else the plain ones. */
    public static Prepared compressedOnly(byte[] body, String contentType) {
        Prepared both = of(body, contentType);
        return both.gzip == null ? both : new Prepared(null, both.gzip, both.etag, contentType);
    }

    /** The same answer carrying its plain bytes, for a client that does not take gzip. */
    public Prepared withPlain(byte[] body) {
        return new Prepared(body, gzip, etag, contentType);
    }

    /** The plain bytes, unzipped when only the gzipped ones are kept. */
    public byte[] unzip() {
        return plain != null ? plain : gunzip(gzip);
    }

    public static boolean acceptsGzip(Context ctx) {
        String accepted = ctx.header("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }

    /** The bytes this answer keeps in memory. */
    public long storedBytes() {
        return (plain == null ? 0 : plain.length) + (gzip == null ? 0 : gzip.length);
    }

    /** The content hash, short: also what fingerprints an asset's URL. */
    public String hash() {
        return etag.substring(1, 11);
    }

    public void send(Context ctx, String cacheControl) {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", etag);
        ctx.header("Vary", "Accept-Encoding");
        ctx.res().setContentType(contentType);
        if (matches(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        boolean zipped = gzip != null && acceptsGzip(ctx);
        byte[] body = zipped ? gzip : plain != null ? plain : gunzip(gzip);
        if (zipped) {
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.res().setContentLength(body.length);
        if (ctx.method().name().equals("HEAD")) {
            return;
        }
        try {
            // Straight to the connection: the bytes are final, so nothing may buffer, compress or chunk them again.
            ctx.res().getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] zipped) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A strong validator: two different checksums of the bytes and their length. Not SHA-256, which costs a cold
     * server more than rendering the page: until the JIT compiles it, the digest runs in the interpreter, block by
     * block, for every page of a cold burst. CRC32 and CRC32C run as intrinsics from the first call, and for telling
     * one version of a page from the next, 64 bits of checksum and the length are plenty.
     */
    private static String etag(byte[] body) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(body);
        CRC32 crc32 = new CRC32();
        crc32.update(body);
        return "\"" + HexFormat.of().toHexDigits((int) crc32c.getValue()) + HexFormat.of().toHexDigits((int) crc32.getValue())
                + HexFormat.of().toHexDigits(body.length) + "\"";
    }
}
