package org.conferencehelp.http;

import java.time.Instant;

/** RFC 9110 §13 conditional GET: whether the client's copy is still current. */
final class Conditional {

    private Conditional() {
    }

    /**
     * @param ifNoneMatch     the {@code If-None-Match} header, or {@code null}
     * @param ifModifiedSince the {@code If-Modified-Since} header as epoch milliseconds, or -1
     */
    static boolean notModified(String ifNoneMatch, long ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) { // when present, If-Modified-Since is ignored (§13.1.3)
            for (String tag : ifNoneMatch.split(",", 64)) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        return ifModifiedSince >= 0 && lastModified != null && lastModified.getEpochSecond() <= ifModifiedSince / 1000;
    }
}
