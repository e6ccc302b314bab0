package org.conferencehelp.http;

import java.util.EnumMap;
import java.util.Map;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.Language;
import org.conferencehelp.render.JsonView;
import org.conferencehelp.render.PageRenderer;

/**
 * Every variant the site serves, made once: each page in each language, and the JSON view; and how a room's page is
 * rendered.
 */
public final class Variants {

    static final String HTML = "text/html;charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";

    private final Map<HelpPage, Map<Language, Variant>> pages = new EnumMap<>(HelpPage.class);
    private final Variant json = new Variant("json", JSON, JsonView::render);
    private final PageRenderer renderer;

    public Variants(PageRenderer renderer) {
        this.renderer = renderer;
        for (HelpPage page : HelpPage.values()) {
            Map<Language, Variant> languages = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                languages.put(language, new Variant(page.slug() + " (" + language + ")", HTML,
                        facts -> renderer.render(page, facts, language)));
            }
            pages.put(page, languages);
        }
    }

    Variant page(HelpPage page, Language language) {
        return pages.get(page).get(language);
    }

    Variant json() {
        return json;
    }

    /** A room's page: too many to make a variant of each ahead; rendered when asked for. */
    String room(DirectorySnapshot.Listed room, ServerFacts facts, Language language, ChatApps.Platform platform) {
        return renderer.renderRoom(room, facts, language, platform);
    }
}
