package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TCP ports of one test server, each free on 127.0.0.1 when chosen, so that a test server never collides with an
 * Openfire someone else runs on this machine on the usual ports (5222, 7070, 9090, ...).
 */
record OpenfirePorts(int http, int https, int client, int clientDirectTls, int server, int serverDirectTls,
        int component, int componentDirectTls, int multiplex, int multiplexDirectTls, int admin, int adminSecure) {

    static OpenfirePorts free() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[12];
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket); // held until all are chosen, so no port is chosen twice
                ports[i] = socket.getLocalPort();
            }
            return new OpenfirePorts(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7],
                    ports[8], ports[9], ports[10], ports[11]);
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket that accepted nothing
                }
            }
        }
    }

    /** The ${...} names of the openfire.xml template and their values. */
    Map<String, String> placeholders() {
        List<String> names = List.of("http.port", "https.port", "client.port", "client.directTlsPort", "server.port",
                "server.directTlsPort", "component.port", "component.directTlsPort", "multiplex.port",
                "multiplex.directTlsPort", "admin.port", "admin.securePort");
        List<Integer> ports = List.of(http, https, client, clientDirectTls, server, serverDirectTls, component,
                componentDirectTls, multiplex, multiplexDirectTls, admin, adminSecure);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), Integer.toString(ports.get(i)));
        }
        return values;
    }
}
