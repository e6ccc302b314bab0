package org.conferencehelp.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A response body ready to send as it is, computed once: the bytes, their gzip form, and their validators.
 *
 * @param etag strong entity tag of the identity bytes; the gzip form's tag adds {@code -gz}
 */
public record Representation(String contentType, byte[] body, byte[] gzipped, String etag, Instant lastModified) {

    public static Representation of(String contentType, String text, Instant lastModified) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new Representation(contentType, body, gzip(body), "\"" + hash(body) + "\"", lastModified);
    }

    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
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
