package org.conferencehelp.page;

import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.ServicePolicy;

/** What a conference service does with every room, in words: who may create one, how it starts, what joiners see. */
final class ServiceWords {

    private ServiceWords() {
    }

    static List<String> policy(ConferenceService service, Messages t) {
        List<String> statements = new ArrayList<>();
        statements.add(t.get(PageModel.byCreation("service.creation", service.creation())));
        ServicePolicy.RoomDefaults defaults = service.policy().newRooms();
        List<String> traits = new ArrayList<>();
        traits.add(t.get(defaults.listed() ? "service.trait.listed" : "service.trait.hidden"));
        traits.add(t.get(defaults.persistent() ? "service.trait.persistent" : "service.trait.temporary"));
        traits.add(t.get(defaults.membersOnly() ? "service.trait.members-only" : "service.trait.open"));
        if (defaults.moderated()) {
            traits.add(t.get("service.trait.moderated"));
        }
        traits.add(t.get(defaults.logged() ? "service.trait.logged" : "service.trait.not-logged"));
        traits.add(defaults.maxOccupants() > 0 ? t.format("service.trait.max", defaults.maxOccupants())
                : t.get("service.trait.unlimited"));
        statements.add(t.format("service.new-rooms", String.join(t.get("list.separator"), traits)));
        statements.add(history(service.policy().history(), t));
        return statements;
    }

    /** What someone joining any room of the service is sent of what was said before. */
    static String history(ServicePolicy.History history, Messages t) {
        return switch (history.kind()) {
            case NONE -> t.get("history.none");
            case ALL -> t.get("history.all");
            case LAST -> t.format("history.last", history.messages());
        };
    }
}
