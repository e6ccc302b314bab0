package org.conferencehelp.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview jar as a newcomer runs it: bad arguments get one line of explanation and the usage, never a trace. */
class PreviewCommandIT {

    private static final Path PREVIEW_JAR = Path.of(System.getProperty("conferencehelp.previewJar",
            "target/conferencehelp-preview.jar"));

    @ParameterizedTest
    @ValueSource(strings = {"--port abc", "--port 70000", "--port", "--bogus", "--keystore /no/such/file",
            "--storepass secret", "--domain not_a_domain!", "--rooms -1"})
    void badArgumentsGetAOneLineErrorAndTheUsage(String arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", PREVIEW_JAR.toString()));
        command.addAll(List.of(arguments.split(" ")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exits");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertEquals(2, process.exitValue());
        List<String> lines = output.lines().toList();
        assertEquals(2, lines.size(), output);
        assertTrue(lines.get(0).startsWith("conferencehelp-preview: "), output);
        assertTrue(lines.get(1).startsWith("usage: "), output);
        assertTrue(!output.contains("Exception") && !output.contains("\tat "), output);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
