package org.conferencehelp.tls;

import static org.conferencehelp.tls.FixtureStores.CLIENT_P12;
import static org.conferencehelp.tls.FixtureStores.SERVER_JKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A node's certificates as the text that travels between the nodes of a cluster, and back. */
class InventoryTextTest {

    private static final String RSA = FixtureCertificate.load(FixtureCertificate.EXAMPLE_ORG_RSA).openssl().sha256();
    private static final String CONFERENCE = FixtureCertificate.load(FixtureCertificate.CONFERENCE_EC).openssl()
            .sha256();

    @Test
    void theReceivingNodeReadsTheSameCertificatesStoresProblemsAndPresentedOnes() {
        CertificateInventory read = CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), FixtureStores.load(SERVER_JKS)));
        CertificateInventory sent = new CertificateInventory(read.certificates(), List.of(
                new CertificateInventory.StoreProblem(IdentityStoreKind.SERVER,
                        CertificateInventory.StoreProblem.Reason.UNREADABLE, "locked\twith a tab\nand a line")),
                Map.of(IdentityStoreKind.CLIENT, List.of(RSA)));

        CertificateInventory received = InventoryText.read(InventoryText.write(sent));

        assertEquals(sent.certificates(), received.certificates());
        assertEquals(Map.of(IdentityStoreKind.CLIENT, List.of(RSA)), received.presented());
        assertEquals(List.of(new CertificateInventory.StoreProblem(IdentityStoreKind.SERVER,
                CertificateInventory.StoreProblem.Reason.UNREADABLE, "locked with a tab and a line")),
                received.problems());
    }

    @Test
    void fingerprintsReadOnTheReceivingNodeAreOpensslsAndEachCertificateKeepsItsStores() {
        CertificateInventory received = InventoryText.read(InventoryText.write(CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), FixtureStores.load(SERVER_JKS)))));

        Map<String, Set<IdentityStoreKind>> stores = new java.util.HashMap<>();
        received.certificates().forEach(c -> stores.put(c.fingerprints().sha256(), c.stores()));
        assertEquals(Set.of(IdentityStoreKind.CLIENT, IdentityStoreKind.SERVER), stores.get(RSA));
        assertEquals(Set.of(IdentityStoreKind.CLIENT), stores.get(CONFERENCE));
    }

    @Test
    void linesFromANewerOrDamagedNodeAreLeftOut() {
        String text = InventoryText.write(CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), FixtureStores.load(CLIENT_P12))));

        CertificateInventory received = InventoryText.read("certificate\tCLIENT\tnot base64!\nfuture\tline\n"
                + "presented\tNO_SUCH_KIND\tAB\n" + text);

        assertEquals(2, received.certificates().size());
        assertEquals(Map.of(), received.presented());
    }

    @Test
    void nodesPresentingTheSameInAnotherOrderDoNotDiffer() {
        CertificateInventory one = new CertificateInventory(List.of(), List.of(),
                Map.of(IdentityStoreKind.CLIENT, List.of(RSA, CONFERENCE)));
        CertificateInventory other = new CertificateInventory(List.of(), List.of(),
                Map.of(IdentityStoreKind.CLIENT, List.of(CONFERENCE, RSA)));
        CertificateInventory third = new CertificateInventory(List.of(), List.of(),
                Map.of(IdentityStoreKind.CLIENT, List.of(RSA)));

        assertEquals(0, CertificateInventory.acrossNodes(List.of(one, other)).differingNodes());
        assertEquals(3, CertificateInventory.acrossNodes(List.of(one, other, third)).differingNodes());
        assertEquals(List.of(RSA, CONFERENCE),
                CertificateInventory.acrossNodes(List.of(third, other)).presented().get(IdentityStoreKind.CLIENT),
                "in the order of the nodes given, each once");
    }
}
