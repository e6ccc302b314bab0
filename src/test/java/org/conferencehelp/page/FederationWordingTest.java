package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencehelp.live.FederationPolicy.TlsPolicy;
import org.conferencehelp.live.FederationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** The federation section's English sentences for every combination of settings. */
class FederationWordingTest {

    private static final Messages ENGLISH = Messages.load(FederationWordingTest.class.getClassLoader())
            .get(Language.EN);
    private static final String FALLBACK_PHRASE = "This server tries TLS first and falls back to dialback";

    /** Every combination: enabled or not, each TLS policy, dialback on or off, self-signed accepted or not. */
    static final List<FederationPolicy> READABLE = combinations(true);
    /** The same combinations, but the settings could not be read. */
    static final List<FederationPolicy> UNREADABLE = combinations(false);
    static final List<FederationPolicy> ALL = concat(READABLE, UNREADABLE);
    static final List<FederationPolicy> FEDERATION_OFF = READABLE.stream().filter(p -> !p.enabled()).toList();
    static final List<FederationPolicy> TLS_OFF = READABLE.stream()
            .filter(p -> p.enabled() && p.tls() == TlsPolicy.DISABLED).toList();

    @ParameterizedTest
    @FieldSource("UNREADABLE")
    void saysOnlyThatItCannotTellWhenTheSettingsCannotBeRead(FederationPolicy policy) {
        assertEquals(List.of(EnglishBundle.text("federation.unknown")), federation(policy).statements());
    }

    @ParameterizedTest
    @FieldSource("FEDERATION_OFF")
    void saysOnlyThatItDoesNotFederateWhenFederationIsOff(FederationPolicy policy) {
        assertEquals(List.of(EnglishBundle.text("federation.off")), federation(policy).statements());
    }

    @ParameterizedTest(name = "TLS {0}, dialback {1}, self-signed accepted {2}")
    @CsvSource({
        // tls,    dialback, self-signed, what the page says, in order
        "REQUIRED, true,  true,  federation.tls.required, federation.auth.dialback-over-tls, federation.self-signed.accepted",
        "REQUIRED, true,  false, federation.tls.required, federation.auth.dialback-over-tls, federation.self-signed.refused",
        "REQUIRED, false, true,  federation.tls.required, federation.auth.certificate-only,  federation.self-signed.accepted",
        "REQUIRED, false, false, federation.tls.required, federation.auth.certificate-only,  federation.self-signed.refused",
        "OPTIONAL, true,  true,  federation.tls.optional, federation.auth.tls-then-dialback, federation.self-signed.accepted",
        "OPTIONAL, true,  false, federation.tls.optional, federation.auth.tls-then-dialback, federation.self-signed.refused",
        "OPTIONAL, false, true,  federation.tls.optional, federation.auth.certificate-only,  federation.self-signed.accepted",
        "OPTIONAL, false, false, federation.tls.optional, federation.auth.certificate-only,  federation.self-signed.refused",
        "DISABLED, true,  true,  federation.tls.disabled, federation.auth.dialback-only,",
        "DISABLED, true,  false, federation.tls.disabled, federation.auth.dialback-only,",
        "DISABLED, false, true,  federation.tls.disabled, federation.auth.none,",
        "DISABLED, false, false, federation.tls.disabled, federation.auth.none,",
    })
    void explainsEncryptionAndHowOtherServersAreIdentified(TlsPolicy tls, boolean dialback, boolean selfSigned,
                                                          String tlsKey, String authKey, String selfSignedKey) {
        List<String> expected = new ArrayList<>();
        if (!authKey.equals("federation.auth.none")) { // a server no peer can authenticate to does not federate
            expected.add(EnglishBundle.text("federation.on"));
        }
        expected.addAll(List.of(EnglishBundle.text(tlsKey), EnglishBundle.text(authKey)));
        if (selfSignedKey != null) {
            expected.add(EnglishBundle.text(selfSignedKey));
        }

        assertEquals(expected, federation(new FederationPolicy(true, tls, dialback, selfSigned, true)).statements());
    }

    @ParameterizedTest
    @FieldSource("TLS_OFF")
    void saysNothingOfSelfSignedCertificatesWhenTlsIsOff(FederationPolicy policy) {
        List<String> statements = federation(policy).statements();

        assertFalse(statements.contains(EnglishBundle.text("federation.self-signed.accepted"))
                || statements.contains(EnglishBundle.text("federation.self-signed.refused")), statements.toString());
    }

    @ParameterizedTest
    @FieldSource("ALL")
    void triesTlsThenDialbackOnlyWhenFederatingWithOptionalTlsAndDialback(FederationPolicy policy) {
        boolean says = federation(policy).statements().stream()
                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(FALLBACK_PHRASE.toLowerCase(Locale.ROOT)));

        assertEquals(policy.available() && policy.enabled() && policy.tls() == TlsPolicy.OPTIONAL && policy.dialback(),
                says);
    }

    @ParameterizedTest
    @FieldSource("ALL")
    void saysItFederatesExactlyWhenAnotherServerCanAuthenticate(FederationPolicy policy) {
        boolean canAuthenticate = policy.available() && policy.enabled()
                && (policy.dialback() || policy.tls() != TlsPolicy.DISABLED);

        assertEquals(canAuthenticate,
                federation(policy).statements().contains(EnglishBundle.text("federation.on")), policy.toString());
    }

    @Test
    void saysItFederatesOnlyWithListedServersUnderAnAllowList() {
        FederationPolicy allowList = new FederationPolicy(true, TlsPolicy.REQUIRED, true, false, true, true, false);

        assertEquals(EnglishBundle.text("federation.allow-list"), federation(allowList).statements().get(0));
        assertFalse(federation(allowList).statements().contains(EnglishBundle.text("federation.on")));
    }

    @ParameterizedTest
    @CsvSource({"REQUIRED,true,true,true", "OPTIONAL,true,true,true", "REQUIRED,false,true,false",
        "REQUIRED,true,false,false", "DISABLED,true,true,false"})
    void saysWhenDialbackIsLeftOnlyForServersWithSelfSignedCertificates(TlsPolicy tls, boolean dialbackForSelfSigned,
                                                                       boolean acceptsSelfSigned, boolean says) {
        FederationPolicy policy = new FederationPolicy(true, tls, false, acceptsSelfSigned, true, false,
                dialbackForSelfSigned);

        assertEquals(says, federation(policy).statements()
                .contains(EnglishBundle.text("federation.auth.certificate-or-self-signed-dialback")), policy.toString());
    }

    private static PageModel.Federation federation(FederationPolicy policy) {
        return PageModel.federation(policy, ENGLISH);
    }

    private static List<FederationPolicy> combinations(boolean available) {
        List<FederationPolicy> all = new ArrayList<>();
        for (boolean enabled : new boolean[] {true, false}) {
            for (TlsPolicy tls : TlsPolicy.values()) {
                for (boolean dialback : new boolean[] {true, false}) {
                    for (boolean selfSigned : new boolean[] {true, false}) {
                        all.add(new FederationPolicy(enabled, tls, dialback, selfSigned, available));
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    private static List<FederationPolicy> concat(List<FederationPolicy> a, List<FederationPolicy> b) {
        List<FederationPolicy> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
