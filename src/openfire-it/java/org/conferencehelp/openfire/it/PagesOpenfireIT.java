package org.conferencehelp.openfire.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages as Openfire's public web server serves them, on its plain port and on its TLS port. */
class PagesOpenfireIT {

    @RegisterExtension
    static final OpenfireExtension OPENFIRE = new OpenfireExtension("pages");

    private static final List<String> PATHS = List.of(HelpPages.PAGE, HelpPages.DEFINITIONS, HelpPages.JSON);
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "nl");

    @Test
    void theHelpPageAnswersInEachOfItsLanguages() throws Exception {
        HelpPages pages = new HelpPages(OPENFIRE.server());
        List<Executable> checks = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (String path : List.of(HelpPages.PAGE, HelpPages.DEFINITIONS)) {
                HelpPages.Response response = pages.get(path + "?lang=" + language);
                checks.add(() -> assertEquals(200, response.status(), path + "?lang=" + language));
                checks.add(() -> assertEquals(language, response.header("Content-Language"),
                        path + "?lang=" + language));
            }
        }
        assertAll(checks);
    }

    /** On the plain port and on the TLS port (with the server's certificate), with their security headers. */
    @ParameterizedTest(name = "over TLS: {0}")
    @ValueSource(booleans = {false, true})
    void theHelpPageTheDefinitionsAndTheJsonViewAnswer200(boolean overTls) throws Exception {
        HelpPages pages = new HelpPages(OPENFIRE.server());
        OpenfirePorts ports = OPENFIRE.server().ports();
        List<Executable> checks = new ArrayList<>();
        for (String path : PATHS) {
            HelpPages.Response response = overTls ? pages.getOverTls(path) : pages.get(path);
            RunLog.line(OPENFIRE.server().version(), (overTls ? "HTTPS " + ports.https() : "HTTP " + ports.http())
                    + " " + path + " | " + response.status());
            checks.add(() -> assertAnswered(path + (overTls ? " over TLS" : ""), response));
        }
        assertAll(checks);
    }

    @Test
    void theJsonViewMatchesItsSchemaAndNamesThisServer() throws Exception {
        JsonNode json = new HelpPages(OPENFIRE.server()).json();
        Set<ValidationMessage> errors = schema().validate(json);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + json.toPrettyString());
        assertEquals(OpenfireServer.DOMAIN, json.path("domain").asText());
        assertTrue(JsonFacts.service(json, OpenfireServer.CONFERENCE_SERVICE).isPresent(),
                "Openfire's default conference service: " + json.path("conferences"));
        assertTrue(json.path("federation").path("enabled").asBoolean(), "federation is on by default");
    }

    private static void assertAnswered(String what, HelpPages.Response response) {
        assertEquals(200, response.status(), what);
        String policy = response.header("Content-Security-Policy");
        assertNotNull(policy, what + ": Content-Security-Policy");
        assertTrue(policy.contains("default-src"), what + ": " + policy);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = PagesOpenfireIT.class.getResourceAsStream(
                "/org/conferencehelp/render/using-conferences.schema.json")) {
            assertNotNull(in, "the schema is in the plugin's resources");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }
}
