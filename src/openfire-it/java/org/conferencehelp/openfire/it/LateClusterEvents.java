package org.conferencehelp.openfire.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Installs {@link LateClusterEventsPlugin} into a node, by its class file alone: that class implements Openfire's
 * interfaces, which only Openfire's JVM has.
 */
final class LateClusterEvents {

    private static final String PLUGIN_CLASS = "org.conferencehelp.openfire.it.LateClusterEventsPlugin";

    private LateClusterEvents() {
    }

    /** Writes {@link LateClusterEventsPlugin} as an Openfire plugin (plugin.xml, classes/) into the node's plugins. */
    static void install(Path openfireHome) throws IOException {
        String classFile = PLUGIN_CLASS.replace('.', '/') + ".class";
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jar);
             InputStream compiled = LateClusterEvents.class.getClassLoader().getResourceAsStream(classFile)) {
            zip.putNextEntry(new ZipEntry("plugin.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <plugin>
                        <class>%s</class>
                        <name>Late cluster events (Conference Help's integration test)</name>
                        <description>Holds the joined-cluster event, as Openfire does with many rooms.</description>
                        <author>Conference Help</author>
                        <version>1.0.0</version>
                        <date>2026-12-02</date>
                        <minServerVersion>5.0.0</minServerVersion>
                    </plugin>
                    """.formatted(PLUGIN_CLASS).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("classes/" + classFile));
            compiled.transferTo(zip);
        }
        Path staged = openfireHome.resolve("latecluster.jar.staged");
        try (OutputStream out = Files.newOutputStream(staged)) {
            jar.writeTo(out);
        }
        Files.move(staged, openfireHome.resolve("plugins/latecluster.jar"), StandardCopyOption.ATOMIC_MOVE);
    }
}
