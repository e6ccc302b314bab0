package org.conferencehelp.live;

import org.conferencehelp.chat.ChatApps;

/**
 * What the administrator chose for the public page: which parts it shows, their own words on it, and the apps the
 * rooms' pages recommend.
 */
public record PageContent(PageSections sections, AdminWords words, ChatApps apps) {

    public static final PageContent DEFAULT = new PageContent(PageSections.ALL, AdminWords.NONE, ChatApps.BUNDLED);

    /** With the apps list that comes with the plugin. */
    public PageContent(PageSections sections, AdminWords words) {
        this(sections, words, ChatApps.BUNDLED);
    }
}
