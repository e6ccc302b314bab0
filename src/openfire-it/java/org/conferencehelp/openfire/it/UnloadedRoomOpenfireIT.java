package org.conferencehelp.openfire.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A persistent public room that Openfire holds only in its database, not in memory. Openfire loads persistent rooms
 * into memory when it starts only if they were used within the conference service's {@code preload.days} (a
 * property of the service, in ofMucServiceProp, set on the admin console's service page; 30 by default), and
 * otherwise only when someone asks for the room. So: create the room, set preload.days to 0 for the service, and
 * restart Openfire without anyone asking for the room (not even the admin console's room list, which loads every
 * room it lists).
 */
class UnloadedRoomOpenfireIT {

    @RegisterExtension
    static final OpenfireExtension OPENFIRE = new OpenfireExtension("unloaded-room");

    @Test
    void aPersistentPublicRoomThatOpenfireHasNotLoadedIntoMemoryIsListed() throws Exception {
        OpenfireServer server = OPENFIRE.server();
        Freshness freshness = new Freshness(server, new HelpPages(server));
        String address = ChatClient.address("archive");
        try (ChatClient alice = ChatClient.login(server, ChatClient.ALICE)) {
            alice.createRoom("archive", form -> {
                form.setAnswer(ChatClient.PUBLIC, true);
                form.setAnswer(ChatClient.PERSISTENT, true);
                form.setAnswer(ChatClient.NAME, "Archive");
            });
            freshness.awaitPrecondition("archive listed while in memory", json -> JsonFacts.listsRoom(json, address));
            alice.leave("archive");
        }

        AdminConsole console = AdminConsole.login(server);
        Map<String, String> service = new LinkedHashMap<>();
        service.put("save", "true");
        service.put("mucname", "conference");
        service.put("muccleanupdays", "30");
        // "mucpreload" left unticked: preload.days = 0
        AdminConsole.Answer answer = console.submit("muc-service-edit-form.jsp", service);
        assertTrue(answer.page().getQuery() != null && answer.page().getQuery().contains("success=true"),
                "the admin console saved the conference service: " + answer.status() + " " + answer.page());

        server.restart();
        freshness.assertShownWithinTarget("persistent public room not in memory (restart with preload.days 0) "
                + "listed after the page answers", json -> JsonFacts.listsRoom(json, address));
    }
}
