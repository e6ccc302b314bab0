package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name matching as RFC 6125 §6.4.3 has clients check it: exact names, and wildcards for exactly one label. */
class ServerNamesTest {

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            example.org    | example.org              | an exact name covers itself
            example.org    | Example.ORG              | exact match ignores case
            example.org    | EXAMPLE.ORG              | exact match ignores case
            example.org    | example.org.             | exact match ignores a trailing dot
            *.example.org  | conference.example.org   | a wildcard covers one label
            *.example.org  | Conference.Example.Org   | wildcard match ignores case
            *.example.org  | CONFERENCE.EXAMPLE.ORG.  | wildcard match ignores case and a trailing dot
            *.example.org  | conference.example.org.  | wildcard match ignores a trailing dot
            *.EXAMPLE.org. | conference.example.org   | a pattern with a trailing dot and capitals still covers
            """)
    void covers(String pattern, String name, String rule) {
        assertTrue(ServerNames.covers(pattern, name));
    }

    @ParameterizedTest(name = "{0} does not cover {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            example.org    | conference.example.org   | an exact name does not cover its subdomain
            example.org    | example.net              | an exact name does not cover another domain
            *.example.org  | example.org              | a wildcard does not cover the bare domain
            *.example.org  | a.b.example.org          | a wildcard does not cover two labels
            *.example.org  | badexample.org           | a wildcard does not cover a name that merely ends in its letters
            *.example.org  | .example.org             | a wildcard does not cover an empty label
            ''             | ''                       | an empty pattern covers nothing
            *.example.org  | ''                       | an empty name is not covered
            """)
    void doesNotCover(String pattern, String name, String rule) {
        assertFalse(ServerNames.covers(pattern, name));
    }
}
