package org.conferencehelp.admin;

import java.util.ArrayList;
import java.util.List;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.live.PageSections;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.Messages;
import org.conferencehelp.page.PageModel;
import org.conferencehelp.page.SitePaths;

/**
 * The console's status, at a glance: whether visitors can reach the page and where, what it lists, and every
 * problem it tells them of, in the very words the page uses (in the administrator's language).
 *
 * @param reachable    whether the public web server runs at all
 * @param addresses    the page's public addresses; an address not served says why instead of linking
 * @param openHref     the address to open the public page at (HTTPS if served), empty when none is
 * @param services     one line per conference service on the page
 * @param certificates one line per certificate on the page
 * @param problems     what the page warns visitors of, as it words it
 */
public record ConsoleStatus(boolean reachable, String reachability, List<Address> addresses, String openHref,
                            List<String> services,
                            String servicesNote, List<String> certificates, String certificatesNote,
                            List<String> problems) {

    /** A public address of the page: {@code href} empty when it is not served, {@code note} then says why. */
    public record Address(String scheme, String href, String note) {
    }

    static ConsoleStatus of(ServerFacts facts, PublicWebServer web, Messages t) {
        PageSections sections = facts.content().sections();
        PageModel page = PageModel.of(HelpPage.CONFERENCES, facts, t);
        String path = SitePaths.page(HelpPage.CONFERENCES);
        List<Address> addresses = List.of(
                new Address("HTTP", web.enabled() ? web.httpUrl() + path : "", ""),
                new Address("HTTPS", web.enabled() && web.httpsListening() ? web.httpsUrl() + path : "",
                        web.enabled() && !web.httpsListening() ? t.get("console.status.https.off") : ""));

        List<String> services = new ArrayList<>();
        for (ConferenceService service : facts.directory().services()) {
            services.add(t.format("console.status.service", service.domain(), service.rooms().size(),
                    service.roomCount()));
        }
        String servicesNote = !facts.directory().available() ? t.get("console.status.services.unavailable")
                : services.isEmpty() ? t.get("console.status.services.none")
                : !sections.roomDirectory() ? t.get("console.status.rooms.hidden") : "";

        List<String> certificates = new ArrayList<>();
        for (PageModel.CertificateView certificate : page.certificates().current()) {
            certificates.add(t.format("console.status.certificate", String.join(", ", certificate.coveredNames()),
                    certificate.sha256(), certificate.validUntil()));
        }
        String certificatesNote = !sections.certificates() ? t.get("console.status.certificates.hidden")
                : certificates.isEmpty() ? t.get("console.status.certificates.none") : "";

        return new ConsoleStatus(web.enabled(), t.get(web.enabled() ? "console.status.reachable"
                : "console.status.unreachable"), addresses,
                addresses.stream().map(Address::href).filter(href -> !href.isEmpty()).reduce((a, b) -> b).orElse(""),
                services, servicesNote, certificates, certificatesNote,
                problems(facts, page, sections, t));
    }

    /** Exactly the notices and warnings the page shows, for the sections it shows. */
    private static List<String> problems(ServerFacts facts, PageModel page, PageSections sections, Messages t) {
        List<String> problems = new ArrayList<>();
        if (!facts.directory().available()) {
            problems.add(t.get("conferences.unavailable"));
        } else if (sections.roomDirectory()) {
            page.conferences().services().stream().filter(s -> !s.available()).forEach(s -> problems.add(
                    s.domain() + " — " + s.unavailable()));
        }
        if (sections.federation() && !facts.settings().federation().available()) {
            problems.addAll(page.federation().statements());
        }
        if (sections.certificates()) {
            problems.addAll(page.certificates().problems());
            for (PageModel.CertificateView certificate : page.certificates().current()) {
                certificate.warnings().forEach(w -> problems.add(String.join(", ", certificate.coveredNames())
                        + " — " + w.text()));
            }
            problems.addAll(page.certificates().uncovered());
        }
        return problems;
    }
}
