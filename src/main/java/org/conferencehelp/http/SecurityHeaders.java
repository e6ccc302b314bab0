package org.conferencehelp.http;

import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/** Headers every response carries: the page loads only its own style sheet and script, and nothing may frame it. */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** In this order; encoded once (they come with every response). */
    private static final List<HttpField> FIELDS = List.of(
            new PreEncodedHttpField("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
            new PreEncodedHttpField("Referrer-Policy", "no-referrer"),
            new PreEncodedHttpField("X-Frame-Options", "DENY"),
            new PreEncodedHttpField("Cross-Origin-Opener-Policy", "same-origin"));

    private SecurityHeaders() {
    }

    /** On a new response, before any other header. */
    static void apply(ResponseWriter response) {
        FIELDS.forEach(response::add);
    }
}
