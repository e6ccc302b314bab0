package org.conferencehelp.live;

/** What the administrator chose for the public page: which parts it shows, and their own words on it. */
public record PageContent(PageSections sections, AdminWords words) {

    public static final PageContent DEFAULT = new PageContent(PageSections.ALL, AdminWords.NONE);
}
