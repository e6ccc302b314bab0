package org.conferencehelp.admin;

/**
 * Whether visitors can reach the help page, as the server sees its own public web server.
 *
 * @param enabled         whether HTTP binding (Openfire's public web server) is switched on
 * @param httpUrl         where the public web server answers over HTTP ({@code http://host:7070}), with the host
 *                        name the server knows itself by
 * @param httpsUrl        the same over HTTPS
 * @param httpsListening  whether the HTTPS port listens: it only does when its identity store has a certificate
 */
public record PublicWebServer(boolean enabled, String httpUrl, String httpsUrl, boolean httpsListening) {
}
