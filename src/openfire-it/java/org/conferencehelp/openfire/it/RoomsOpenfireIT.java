package org.conferencehelp.openfire.it;

import static org.conferencehelp.openfire.it.ChatClient.address;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rooms made and changed by real XMPP clients, and how soon the page shows it (target: 5 s). Alice creates and
 * configures the rooms and stays in them; Bob joins and leaves. Each test has rooms of its own. The rooms that tests
 * change are all created first, and the tests start once the page lists them all (one wait, not measured, instead
 * of one per test).
 */
class RoomsOpenfireIT {

    @RegisterExtension
    static final OpenfireExtension OPENFIRE = new OpenfireExtension("rooms");

    /** The public rooms the tests change, one each. */
    private static final List<String> CHANGED = List.of("subject", "renamed", "occupied", "members", "password",
            "unlisted", "destroyed");

    private static ChatClient alice;
    private static ChatClient bob;
    private static Freshness freshness;

    @BeforeAll
    static void logIn() throws Exception {
        alice = ChatClient.login(OPENFIRE.server(), ChatClient.ALICE);
        bob = ChatClient.login(OPENFIRE.server(), ChatClient.BOB);
        freshness = new Freshness(OPENFIRE.server(), new HelpPages(OPENFIRE.server()));
        for (String node : CHANGED) {
            publicRoom(node);
        }
        freshness.awaitPrecondition("the " + CHANGED.size() + " rooms the tests change listed",
                json -> CHANGED.stream().allMatch(node -> JsonFacts.listsRoom(json, address(node))));
    }

    @AfterAll
    static void logOut() {
        if (bob != null) {
            bob.close();
        }
        if (alice != null) {
            alice.close();
        }
    }

    @Test
    void aPublicRoomShowsWithinFiveSecondsOfItsCreation() throws Exception {
        alice.createRoom("created", form -> {
            form.setAnswer(ChatClient.PUBLIC, true);
            form.setAnswer(ChatClient.NAME, "Created room");
        });
        freshness.assertShownWithinTarget("public room created", listed("created"));
    }

    @Test
    void aNewSubjectShowsWithinFiveSeconds() throws Exception {
        alice.room("subject").changeSubject("Release planning");
        freshness.assertShownWithinTarget("subject changed",
                room("subject", r -> r.path("subject").asText().equals("Release planning")));
    }

    @Test
    void aNewNameAndDescriptionShowWithinFiveSeconds() throws Exception {
        alice.configure(alice.room("renamed"), form -> {
            form.setAnswer(ChatClient.NAME, "Renamed room");
            form.setAnswer(ChatClient.DESCRIPTION, "Where renamed things are discussed");
        });
        freshness.assertShownWithinTarget("room renamed and described", room("renamed",
                r -> r.path("name").asText().equals("Renamed room")
                        && r.path("description").asText().equals("Where renamed things are discussed")));
    }

    @Test
    void anOccupantJoiningAndLeavingShowsWithinFiveSecondsEach() throws Exception {
        freshness.awaitPrecondition("occupied: 1 occupant (alice)", occupants("occupied", 1));
        assertAll( // both measured, even when the first misses the target
                () -> {
                    bob.join("occupied");
                    freshness.assertShownWithinTarget("occupant joined (1 -> 2)", occupants("occupied", 2));
                },
                () -> {
                    freshness.awaitPrecondition("occupied: 2 occupants", occupants("occupied", 2));
                    bob.leave("occupied");
                    freshness.assertShownWithinTarget("occupant left (2 -> 1)", occupants("occupied", 1));
                });
    }

    @Test
    void aRoomMadeMembersOnlyShowsWithinFiveSeconds() throws Exception {
        alice.configure(alice.room("members"), form -> form.setAnswer(ChatClient.MEMBERS_ONLY, true));
        freshness.assertShownWithinTarget("room made members-only",
                room("members", r -> r.path("membersOnly").asBoolean()));
    }

    @Test
    void aRoomGivenAPasswordShowsWithinFiveSeconds() throws Exception {
        alice.configure(alice.room("password"), form -> {
            form.setAnswer(ChatClient.PASSWORD_PROTECTED, true);
            form.setAnswer(ChatClient.PASSWORD, "correct horse");
        });
        freshness.assertShownWithinTarget("room given a password",
                room("password", r -> r.path("passwordProtected").asBoolean()));
    }

    @Test
    void aRoomMadeHiddenDisappearsWithinFiveSeconds() throws Exception {
        alice.configure(alice.room("unlisted"), form -> form.setAnswer(ChatClient.PUBLIC, false));
        freshness.assertShownWithinTarget("room made hidden (not public): gone", listed("unlisted").negate());
    }

    @Test
    void aRoomDestroyedDisappearsWithinFiveSeconds() throws Exception {
        alice.room("destroyed").destroy("The test is over", null);
        freshness.assertShownWithinTarget("room destroyed: gone", listed("destroyed").negate());
    }

    @Test
    void aHiddenRoomIsNeverShown() throws Exception {
        alice.createRoom("hidden", form -> form.setAnswer(ChatClient.PUBLIC, false));
        publicRoom("after-hidden");
        freshness.assertNeverShown("hidden room (created not public)", listed("hidden"), listed("after-hidden"));
    }

    @Test
    void aLockedRoomIsNeverShown() throws Exception {
        alice.createLockedRoom("locked"); // its configuration form never answered: Openfire keeps it locked
        publicRoom("after-locked");
        freshness.assertNeverShown("locked room (created, never configured)", listed("locked"),
                listed("after-locked"));
    }

    private static void publicRoom(String node) throws Exception {
        alice.createRoom(node, form -> form.setAnswer(ChatClient.PUBLIC, true));
    }

    private static Predicate<JsonNode> listed(String node) {
        return json -> JsonFacts.listsRoom(json, address(node));
    }

    private static Predicate<JsonNode> room(String node, Predicate<JsonNode> condition) {
        return json -> JsonFacts.room(json, address(node)).filter(condition).isPresent();
    }

    private static Predicate<JsonNode> occupants(String node, int count) {
        return room(node, r -> r.path("occupants").asInt(-1) == count);
    }
}
