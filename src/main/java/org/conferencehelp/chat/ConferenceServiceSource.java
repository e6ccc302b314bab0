package org.conferencehelp.chat;

import java.util.List;

/** The server's multi-user chat services and their rooms: Openfire's MUC manager, demo data, or a test fixture. */
@FunctionalInterface
public interface ConferenceServiceSource {

    /** All services, including disabled and hidden ones: the directory decides what users see. */
    List<ServiceListing> services();
}
