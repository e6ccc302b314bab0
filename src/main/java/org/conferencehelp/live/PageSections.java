package org.conferencehelp.live;

/**
 * Which parts of the help site the administrator publishes. Hiding a part hides it on the pages and, where the
 * part is a fact rather than a way of explaining one, in the JSON view too (see {@code JsonView}).
 *
 * @param roomDirectory        the public rooms of each conference service (the services themselves always show)
 * @param roomPages            a page of its own for each public room
 * @param federation           how the server federates
 * @param certificates         the certificates and their fingerprints (also their PEM downloads)
 * @param previousCertificates replaced certificates still shown for a while
 * @param advanced             the details for experts: the key pin and the DANE (TLSA) records
 */
public record PageSections(boolean roomDirectory, boolean roomPages, boolean federation, boolean certificates,
                           boolean previousCertificates, boolean advanced) {

    /** Everything shown: the defaults. */
    public static final PageSections ALL = new PageSections(true, true, true, true, true, true);
}
