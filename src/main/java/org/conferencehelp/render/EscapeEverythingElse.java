package org.conferencehelp.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts, except {@link TrustedHtml}: a forgotten escape is impossible, and
 * markup can only come from the plugin's own code.
 */
public final class EscapeEverythingElse implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof TrustedHtml) {
            return value;
        }
        return Html.escape(value.toString());
    }
}
