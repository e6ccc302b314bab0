// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.xmpp.component;

/** Stand-in for org.xmpp.component.Component (Tinder 2.1.0, as used by Openfire 5.1.1). */
public interface Component {

    String getDescription();
}
