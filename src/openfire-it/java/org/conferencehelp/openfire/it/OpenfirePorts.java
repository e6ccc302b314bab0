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
        Map<String, String> values = new LinkedHashMap<>();
        values.put("http.port", Integer.toString(http));
        values.put("https.port", Integer.toString(https));
        values.put("client.port", Integer.toString(client));
        values.put("client.directTlsPort", Integer.toString(clientDirectTls));
        values.put("server.port", Integer.toString(server));
        values.put("server.directTlsPort", Integer.toString(serverDirectTls));
        values.put("component.port", Integer.toString(component));
        values.put("component.directTlsPort", Integer.toString(componentDirectTls));
        values.put("multiplex.port", Integer.toString(multiplex));
        values.put("multiplex.directTlsPort", Integer.toString(multiplexDirectTls));
        values.put("admin.port", Integer.toString(admin));
        values.put("admin.securePort", Integer.toString(adminSecure));
        return values;
    }
}
