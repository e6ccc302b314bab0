package org.conferencehelp.live;

/**
 * What the help site must hear of when it changes on the server. Each call re-reads that part of the server on the
 * calling thread (never on a request); the Openfire adapter calls them from Openfire's events, the preview from its
 * own watchers.
 */
public interface ServerChanges {

    /** An identity store's content changed. */
    void certificatesChanged();

    /** A federation, TLS or listener setting changed. */
    void serverSettingsChanged();

    /** Conference services or rooms changed, or how many rooms a service lists: every service is read again. */
    void roomsChanged();

    /** A room changed, as heard of on this server (or this node of a cluster): that room is read again. */
    void roomChanged(String roomJid);

    /** How long replaced certificates stay on the page changed. */
    void historyRetentionChanged();

    /** Which sections the page shows, or the administrator's words on it, changed. */
    void pageContentChanged();
}
