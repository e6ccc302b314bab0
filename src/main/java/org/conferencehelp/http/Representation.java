package org.conferencehelp.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A response body ready to send as it is, computed once: the bytes, their gzip form, and their validators.
 *
 * <p>Also computed once, so that a request costs no formatting and no copying (bench/RESULTS.md): the validators as
 * Jetty header fields, and, on the first request that sends them, each form of the bytes in a read-only direct
 * buffer that Jetty writes to the socket as it is.
 *
 * <p>The {@code etag} is the strong entity tag of the identity bytes; the gzip form's tag adds {@code -gz}.
 * {@code lastModified} is {@code null} when the bytes are served without one (by the nodes of a cluster).
 */
public final class Representation {

    private final String contentType;
    private final byte[] body;
    private final byte[] gzipped;
    private final String etag;
    private final Instant lastModified;

    private final String gzipEtag;
    private final HttpField etagField;
    private final HttpField gzipEtagField;
    private final HttpField lastModifiedField;
    private final HttpField contentTypeField;
    private volatile ByteBuffer directBody;
    private volatile ByteBuffer directGzipped;

    public Representation(String contentType, byte[] body, byte[] gzipped, String etag, Instant lastModified) {
        this.contentType = contentType;
        this.body = body;
        this.gzipped = gzipped;
        this.etag = etag;
        this.lastModified = lastModified;
        this.gzipEtag = etag.substring(0, etag.length() - 1) + "-gz\"";
        this.etagField = new PreEncodedHttpField(HttpHeader.ETAG, etag);
        this.gzipEtagField = new PreEncodedHttpField(HttpHeader.ETAG, gzipEtag);
        this.lastModifiedField = lastModified == null ? null : new PreEncodedHttpField(HttpHeader.LAST_MODIFIED,
                DateGenerator.formatDate(lastModified.toEpochMilli()));
        this.contentTypeField = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType);
    }

    public static Representation of(String contentType, String text, Instant lastModified) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new Representation(contentType, body, gzip(body), "\"" + hash(body) + "\"", lastModified);
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public byte[] gzipped() {
        return gzipped;
    }

    public String etag() {
        return etag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public String gzipEtag() {
        return gzipEtag;
    }

    /** The {@code ETag} header of the identity or the gzip form. */
    HttpField etagField(boolean gzip) {
        return gzip ? gzipEtagField : etagField;
    }

    /** The {@code Content-Type} header. */
    HttpField contentTypeField() {
        return contentTypeField;
    }

    /** The {@code Last-Modified} header, formatted as Jetty's {@code setDateHeader} formats it; null when none. */
    HttpField lastModifiedField() {
        return lastModifiedField;
    }

    /**
     * The identity or gzip bytes in a direct buffer of their own, for Jetty to write without a copy: a new view each
     * time (its own position), of one read-only buffer made on first use (a race makes at most a spare one).
     */
    ByteBuffer direct(boolean gzip) {
        ByteBuffer buffer = gzip ? directGzipped : directBody;
        if (buffer == null) {
            byte[] bytes = gzip ? gzipped : body;
            buffer = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
            if (gzip) {
                directGzipped = buffer;
            } else {
                directBody = buffer;
            }
        }
        return buffer.duplicate();
    }

    @Override
    public String toString() {
        return "Representation[contentType=" + contentType + ", body=" + body.length + " bytes, gzipped="
                + gzipped.length + " bytes, etag=" + etag + ", lastModified=" + lastModified + "]";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
