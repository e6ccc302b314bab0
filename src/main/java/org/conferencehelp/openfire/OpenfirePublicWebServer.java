package org.conferencehelp.openfire;

import java.util.function.Supplier;
import org.conferencehelp.admin.PublicWebServer;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.http.HttpBindManager;

/** Openfire's public web server (HTTP binding) as the console's status shows it, read when the page is shown. */
final class OpenfirePublicWebServer implements Supplier<PublicWebServer> {

    private final HttpBindManager httpBind;
    private final XMPPServerInfo server;

    OpenfirePublicWebServer(HttpBindManager httpBind, XMPPServerInfo server) {
        this.httpBind = httpBind;
        this.server = server;
    }

    /** With the host name Openfire knows itself by, as its own BOSH addresses have it. */
    @Override
    public PublicWebServer get() {
        String host = server.getHostname();
        return new PublicWebServer(httpBind.isHttpBindEnabled(),
                "http://" + host + ":" + HttpBindManager.HTTP_BIND_PORT.getValue(),
                "https://" + host + ":" + HttpBindManager.HTTP_BIND_SECURE_PORT.getValue(),
                httpBind.isHttpsBindActive());
    }
}
