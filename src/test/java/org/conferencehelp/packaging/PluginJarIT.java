package org.conferencehelp.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.conferencehelp.page.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The installable plugin jar, as built by {@code mvn verify}: what Openfire reads, and what it must not find. */
class PluginJarIT {

    private static final Path PLUGIN_JAR = Path.of(System.getProperty("conferencehelp.pluginJar",
            "target/conferencehelp.jar"));
    private static final Path PREVIEW_JAR = Path.of(System.getProperty("conferencehelp.previewJar",
            "target/conferencehelp-preview.jar"));

    @Test
    void hasTheFilesOpenfireReadsAtItsTopLevel() throws IOException {
        List<String> entries = entries(PLUGIN_JAR);
        for (String required : List.of("plugin.xml", "readme.html", "changelog.html",
                "i18n/conferencehelp_i18n.properties")) {
            assertTrue(entries.contains(required), required);
        }
        for (Language language : Language.values()) {
            if (language != Language.FALLBACK) {
                assertTrue(entries.contains("i18n/conferencehelp_i18n_" + language.code() + ".properties"),
                        "bundle for " + language);
            }
        }
    }

    @Test
    void pluginXmlNamesTheVersionTheJavaAndTheServerItNeeds() throws Exception {
        Document xml = pluginXml();
        assertEquals("org.conferencehelp.openfire.ConferenceHelpPlugin", text(xml, "class"));
        assertEquals("Conference Help", text(xml, "name"), "also the SystemProperty plugin name");
        assertEquals(System.getProperty("conferencehelp.version", "1.0.0"), text(xml, "version"));
        assertEquals("5.0.0", text(xml, "minServerVersion"));
        assertEquals("17", text(xml, "minJavaVersion"));
        assertFalse(text(xml, "date").contains("${"), "filtered");
    }

    @Test
    void bundlesOnlyWhatOpenfireDoesNotShip() throws IOException {
        List<String> libraries = entries(PLUGIN_JAR).stream()
                .filter(e -> e.startsWith("lib/") && e.endsWith(".jar")).map(e -> e.substring(4)).toList();
        assertTrue(libraries.stream().anyMatch(l -> l.startsWith("conferencehelp-")), "our classes");
        assertTrue(libraries.stream().anyMatch(l -> l.startsWith("qrcodegen-")), "the QR code library");
        for (String shipped : List.of("jetty", "servlet", "slf4j", "commons-lang3", "bcp", "bcprov", "jsr305",
                "log4j", "tinder", "xmppserver", "json")) {
            assertTrue(libraries.stream().noneMatch(l -> l.contains(shipped)), shipped + " is Openfire's: " + libraries);
        }
    }

    /**
     * Velocity runs on our own commons-lang3, relocated, never on the server's: Openfire 5.0.0 ships 3.9, which
     * lacks what Velocity calls, and parent-first class loading would otherwise pick the server's copy.
     */
    @Test
    void velocityIsInsideOurJarWithItsCommonsLangRelocated() throws IOException {
        List<String> classes = ourJarsEntries();
        assertTrue(classes.contains("org/apache/velocity/app/VelocityEngine.class"), "Velocity");
        assertTrue(classes.contains("org/conferencehelp/shaded/lang3/reflect/MethodUtils.class"), "relocated");
        assertTrue(classes.stream().noneMatch(c -> c.startsWith("org/apache/commons/lang3/")), "not relocated");
        String methodMap = new String(ourJarsEntry("org/apache/velocity/util/introspection/MethodMap.class"),
                StandardCharsets.ISO_8859_1);
        assertTrue(methodMap.contains("org/conferencehelp/shaded/lang3/reflect/MethodUtils"), "Velocity calls ours");
        assertFalse(methodMap.contains("org/apache/commons/lang3"), "and never the server's");
    }

    @Test
    void theOpenfireStandInIsNeverPackagedNotEvenInsideNestedJars() throws IOException {
        for (Path jar : List.of(PLUGIN_JAR, PREVIEW_JAR)) {
            assertTrue(allEntries(jar).stream()
                    .noneMatch(e -> e.startsWith("org/jivesoftware/") || e.startsWith("org/xmpp/")),
                    jar + " holds Openfire classes");
        }
    }

    @Test
    void thePluginClassIsInsideTheBundledClassesJar() throws IOException {
        List<String> classes = ourJarsEntries();
        assertTrue(classes.contains("org/conferencehelp/openfire/ConferenceHelpPlugin.class"));
        assertTrue(classes.contains("org/conferencehelp/render/templates/layout.vm"));
    }

    @Test
    void thePluginHoldsNoPreviewOrBenchmarkClass() throws IOException {
        List<String> all = allEntries(PLUGIN_JAR);
        assertEquals(List.of(), all.stream().filter(e -> e.startsWith("org/conferencehelp/preview/")).toList());
        assertTrue(all.contains("org/conferencehelp/HelpSite.class"), "the site itself is there");
    }

    @Test
    void thePreviewJarRunsWithoutOpenfireAdapters() throws IOException {
        List<String> entries = entries(PREVIEW_JAR);
        assertTrue(entries.contains("org/conferencehelp/preview/PreviewServer.class"));
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("org/conferencehelp/openfire/")));
        try (JarFile jar = new JarFile(PREVIEW_JAR.toFile())) {
            assertEquals("org.conferencehelp.preview.PreviewServer",
                    jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    private static Document pluginXml() throws Exception {
        try (JarFile jar = new JarFile(PLUGIN_JAR.toFile())) {
            ZipEntry entry = jar.getEntry("plugin.xml");
            assertNotNull(entry);
            byte[] bytes = jar.getInputStream(entry).readAllBytes();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        }
    }

    private static String text(Document xml, String element) {
        return xml.getElementsByTagName(element).item(0).getTextContent().strip();
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    /** The entries of a jar and of every jar inside it. */
    private static List<String> allEntries(Path jar) throws IOException {
        List<String> all = new ArrayList<>(entries(jar));
        try (JarFile outer = new JarFile(jar.toFile())) {
            for (ZipEntry entry : outer.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
                all.addAll(nestedEntries(outer.getInputStream(entry)));
            }
        }
        return all;
    }

    /** The entries of the plugin's own jar, {@code lib/conferencehelp-VERSION.jar}. */
    private static List<String> ourJarsEntries() throws IOException {
        try (JarFile outer = new JarFile(PLUGIN_JAR.toFile())) {
            return nestedEntries(outer.getInputStream(ourJar(outer)));
        }
    }

    private static byte[] ourJarsEntry(String name) throws IOException {
        try (JarFile outer = new JarFile(PLUGIN_JAR.toFile());
             ZipInputStream zip = new ZipInputStream(outer.getInputStream(ourJar(outer)), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException("no " + name);
    }

    private static ZipEntry ourJar(JarFile plugin) {
        return plugin.stream().filter(e -> e.getName().matches("lib/conferencehelp-[0-9.]+(-SNAPSHOT)?\\.jar"))
                .findFirst().orElseThrow();
    }

    private static List<String> nestedEntries(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
