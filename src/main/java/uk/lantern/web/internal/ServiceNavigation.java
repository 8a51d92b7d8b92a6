package uk.lantern.web.internal;

import java.util.List;
import java.util.function.Predicate;

import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;

/**
 * The sections of the service a signed-in user works in, in the GOV.UK service navigation: each shown only to the
 * roles that use it, so that every link opens.
 */
final class ServiceNavigation {

    /** A section: its label, its address, and whether the current page is in it. */
    record Item(String label, String href, boolean active) {
    }

    private record Section(String label, String href, Predicate<Actor> shownTo) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("Home", "/", actor -> true),
            new Section("Front-door queue", "/triage", actor -> actor.can(Capability.DECIDE_REFERRALS)),
            new Section("Cases", "/cases", actor -> actor.can(Capability.WORK_CASES)
                    || actor.can(Capability.ASSIGN_CASES)),
            new Section("My referrals", "/referrals/mine", actor -> actor.can(Capability.RAISE_REFERRAL)),
            new Section("Intelligence", "/intelligence",
                    actor -> actor.can(Capability.READ_SANITISED_INTELLIGENCE)),
            new Section("Networks", "/networks", actor -> actor.can(Capability.ANALYSE_NETWORKS)),
            new Section("Match review", "/resolution/review", actor -> actor.can(Capability.REVIEW_MATCHES)),
            new Section("Historic review", "/historic-reviews", actor -> actor.can(Capability.REVIEW_CLOSED_CASES)),
            new Section("Oversight", "/oversight", actor -> actor.can(Capability.VIEW_OVERSIGHT)),
            new Section("Inquiry chronology", "/oversight/chronology",
                    actor -> actor.can(Capability.PRODUCE_INQUIRY_CHRONOLOGIES)),
            new Section("Ledger", "/ledger", actor -> actor.can(Capability.VERIFY_LEDGER)),
            new Section("Legal holds", "/legal-holds", actor -> actor.can(Capability.MANAGE_LEGAL_HOLDS)),
            new Section("Users", "/admin/users", actor -> actor.can(Capability.MANAGE_USERS)),
            new Section("Agencies", "/admin/agencies", actor -> actor.can(Capability.MANAGE_AGENCIES)),
            new Section("Imports", "/imports", actor -> actor.can(Capability.IMPORT_RECORDS)));

    private ServiceNavigation() {
    }

    /** The sections for the actor, the one the current page belongs to marked (the most specific that matches). */
    static List<Item> forActor(Actor actor, String currentPath) {
        List<Section> shown = SECTIONS.stream().filter(section -> section.shownTo().test(actor)).toList();
        String active = shown.stream().map(Section::href).filter(href -> within(currentPath, href))
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
        return shown.stream().map(section -> new Item(section.label(), section.href(),
                section.href().equals(active))).toList();
    }

    private static boolean within(String path, String href) {
        return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/");
    }
}
