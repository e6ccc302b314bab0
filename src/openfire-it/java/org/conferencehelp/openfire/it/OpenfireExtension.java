package org.conferencehelp.openfire.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own Openfire: installed and started before its first test, stopped after its last one, also when a
 * test or the start itself failed. Register it as a static field with {@code @RegisterExtension}.
 */
final class OpenfireExtension implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private OpenfireServer server;

    OpenfireExtension(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = OpenfireServer.install(name);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    OpenfireServer server() {
        if (server == null) {
            throw new IllegalStateException("Openfire is not installed yet");
        }
        return server;
    }
}
