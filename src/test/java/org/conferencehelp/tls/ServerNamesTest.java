package org.conferencehelp.tls;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Name matching as RFC 6125 §6.4.3 has clients check it: exact names, and wildcards for exactly one label. */
class ServerNamesTest {

    @Test
    void exactNameCoversItself() {
        assertTrue(ServerNames.covers("example.org", "example.org"));
    }

    @Test
    void exactNameDoesNotCoverItsSubdomain() {
        assertFalse(ServerNames.covers("example.org", "conference.example.org"));
    }

    @Test
    void exactNameDoesNotCoverAnotherDomain() {
        assertFalse(ServerNames.covers("example.org", "example.net"));
    }

    @Test
    void wildcardCoversOneLabel() {
        assertTrue(ServerNames.covers("*.example.org", "conference.example.org"));
    }

    @Test
    void wildcardDoesNotCoverTheBareDomain() {
        assertFalse(ServerNames.covers("*.example.org", "example.org"));
    }

    @Test
    void wildcardDoesNotCoverTwoLabels() {
        assertFalse(ServerNames.covers("*.example.org", "a.b.example.org"));
    }

    @Test
    void wildcardDoesNotCoverANameThatMerelyEndsInTheSameLetters() {
        assertFalse(ServerNames.covers("*.example.org", "badexample.org"));
    }

    @Test
    void wildcardDoesNotCoverAnEmptyLabel() {
        assertFalse(ServerNames.covers("*.example.org", ".example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Example.ORG", "EXAMPLE.ORG", "example.org."})
    void exactNameMatchIgnoresCaseAndATrailingDot(String name) {
        assertTrue(ServerNames.covers("example.org", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Conference.Example.Org", "CONFERENCE.EXAMPLE.ORG.", "conference.example.org."})
    void wildcardMatchIgnoresCaseAndATrailingDot(String name) {
        assertTrue(ServerNames.covers("*.example.org", name));
    }

    @Test
    void patternWithTrailingDotAndCapitalsStillCovers() {
        assertTrue(ServerNames.covers("*.EXAMPLE.org.", "conference.example.org"));
    }

    @Test
    void emptyPatternCoversNothing() {
        assertFalse(ServerNames.covers("", ""));
    }

    @Test
    void emptyNameIsNotCovered() {
        assertFalse(ServerNames.covers("*.example.org", ""));
    }
}
