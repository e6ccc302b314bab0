package org.conferencehelp.openfire.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.conferencehelp.tls.TrustEverything;

/**
 * The certificate a port presents in a real TLS handshake, as an XMPP client or server meets it: Direct TLS (XEP-0368)
 * on the client's and server's TLS ports, STARTTLS (RFC 6120 §5) on the plain ones. The handshake names the XMPP
 * domain (SNI), as clients do.
 */
final class PresentedCertificate {

    static final String CLIENT_NAMESPACE = "jabber:client";
    static final String SERVER_NAMESPACE = "jabber:server";

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int MAX_PREAMBLE = 64 * 1024;

    private PresentedCertificate() {
    }

    static X509Certificate directTls(int port) throws IOException {
        return directTls(InetAddress.getLoopbackAddress(), port);
    }

    /** The certificate a Direct TLS port on the given address presents. */
    static X509Certificate directTls(InetAddress address, int port) throws IOException {
        Socket plain = connect(address, port);
        return handshake(plain, port);
    }

    /** Opens an XMPP stream in {@code namespace}, asks for STARTTLS, and does the handshake once the server agrees. */
    static X509Certificate startTls(int port, String namespace) throws IOException {
        Socket plain = connect(InetAddress.getLoopbackAddress(), port);
        try {
            OutputStream out = plain.getOutputStream();
            InputStream in = plain.getInputStream();
            String dialback = SERVER_NAMESPACE.equals(namespace) ? " xmlns:db='jabber:server:dialback'" : "";
            write(out, "<?xml version='1.0'?><stream:stream xmlns='" + namespace + "'" + dialback
                    + " xmlns:stream='http://etherx.jabber.org/streams' to='" + OpenfireServer.DOMAIN
                    + "' version='1.0'>");
            String features = readUntil(in, "</stream:features>");
            if (!features.contains("urn:ietf:params:xml:ns:xmpp-tls")) {
                throw new IOException("port " + port + " does not offer STARTTLS: " + features);
            }
            write(out, "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
            readUntil(in, "<proceed");
            readUntil(in, ">"); // the rest of <proceed .../>: nothing else comes before the handshake
            return handshake(plain, port);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** SHA-256 of the DER certificate in the form openssl prints: upper-case hex pairs joined by colons. */
    static String sha256(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Socket connect(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    private static X509Certificate handshake(Socket plain, int port) throws IOException {
        try (SSLSocket tls = (SSLSocket) TrustEverything.context().getSocketFactory()
                .createSocket(plain, OpenfireServer.DOMAIN, port, true)) {
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(OpenfireServer.DOMAIN)));
            tls.setSSLParameters(parameters);
            tls.setSoTimeout(TIMEOUT_MILLIS);
            tls.startHandshake();
            return (X509Certificate) tls.getSession().getPeerCertificates()[0];
        }
    }

    private static void write(OutputStream out, String xml) throws IOException {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads byte by byte (so that nothing of the TLS handshake is swallowed) until {@code marker} has come. */
    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] wanted = marker.getBytes(StandardCharsets.UTF_8);
        while (read.size() < MAX_PREAMBLE) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("stream closed before " + marker + ": " + read.toString(StandardCharsets.UTF_8));
            }
            read.write(b);
            if (endsWith(read.toByteArray(), wanted)) {
                return read.toString(StandardCharsets.UTF_8);
            }
        }
        throw new IOException("no " + marker + " in the first " + MAX_PREAMBLE + " bytes");
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        if (bytes.length < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (bytes[bytes.length - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }
}
