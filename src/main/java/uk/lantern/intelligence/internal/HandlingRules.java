package uk.lantern.intelligence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.lantern.area.Areas;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.Capability;
import uk.lantern.intelligence.Grading;
import uk.lantern.intelligence.Visibility;

/**
 * Who may see an intelligence report, and how much (docs/intelligence.md):
 * <ol>
 *   <li>whoever recorded it sees it in full;</li>
 *   <li>investigators and analysts ({@code READ_INTELLIGENCE}) of the recording agency see it in full;</li>
 *   <li>investigators and analysts elsewhere see it in full when its handling code permits sharing and their area
 *       covers one of its areas;</li>
 *   <li>when it has a sanitised version, every investigator and analyst, and practitioners with
 *       {@code READ_SANITISED_INTELLIGENCE} whose area covers one of its areas, see that version;</li>
 *   <li>nobody else sees it at all.</li>
 * </ol>
 * The same rules are written twice, side by side: as a decision on one report, and as a SQL condition for lists and
 * analysis. {@code HandlingRulesIT} checks that the two agree.
 */
@Component
class HandlingRules {

    /** What the rules need to know about a report. */
    record ReportAccess(AgencyId agency, List<String> areaCodes, Grading grading, String recordedBy,
                        boolean hasSanitisedVersion) {
    }

    /** A SQL condition on {@code intel_report r}, with its parameters in order. */
    record Condition(String sql, List<Object> params) {
    }

    private static final String RESTRICTED = "((r.grading_scheme = '3x5x2' AND r.handling_code = 'C') "
            + "OR (r.grading_scheme = '5x5x5' AND r.handling_code IN ('4', '5')))";

    private final Areas areas;

    HandlingRules(Areas areas) {
        this.areas = areas;
    }

    Optional<Visibility> visibility(Actor actor, ReportAccess report) {
        boolean readsIntelligence = actor.can(Capability.READ_INTELLIGENCE);
        boolean inArea = report.areaCodes().stream().anyMatch(area -> areas.covers(actor.areaCode(), area));
        if (actor.username().equals(report.recordedBy())
                || readsIntelligence && actor.agencyId().equals(report.agency())
                || readsIntelligence && inArea && !report.grading().restrictedToOriginator()) {
            return Optional.of(Visibility.FULL);
        }
        if (report.hasSanitisedVersion()
                && (readsIntelligence || actor.can(Capability.READ_SANITISED_INTELLIGENCE) && inArea)) {
            return Optional.of(Visibility.SANITISED);
        }
        return Optional.empty();
    }

    /** Whether the actor may add to the report or change its sanitised version: its own agency's people only. */
    boolean mayChange(Actor actor, ReportAccess report) {
        return actor.can(Capability.SUBMIT_INTELLIGENCE) && actor.agencyId().equals(report.agency());
    }

    /** The reports the actor sees in full: rules 1 to 3. */
    Condition fullyVisible(Actor actor) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(r.recorded_by = ?");
        params.add(actor.username());
        if (actor.can(Capability.READ_INTELLIGENCE)) {
            params.add(actor.agencyId().value());
            sql.append(" OR r.agency_id = ? OR (NOT ").append(RESTRICTED).append(" AND ").append(inArea(actor, params))
                    .append(')');
        }
        return new Condition(sql.append(')').toString(), params);
    }

    /** The reports the actor sees in either version: rules 1 to 4. */
    Condition visible(Actor actor) {
        Condition full = fullyVisible(actor);
        List<Object> params = new ArrayList<>(full.params());
        String sanitised;
        if (actor.can(Capability.READ_INTELLIGENCE)) {
            sanitised = "r.sanitised_text IS NOT NULL";
        } else if (actor.can(Capability.READ_SANITISED_INTELLIGENCE)) {
            sanitised = "(r.sanitised_text IS NOT NULL AND " + inArea(actor, params) + ")";
        } else {
            sanitised = "false";
        }
        return new Condition("(" + full.sql() + " OR " + sanitised + ")", params);
    }

    /** Whether one of the report's areas is covered by the actor's: England covers all. */
    private String inArea(Actor actor, List<Object> params) {
        if (Areas.ENGLAND.equals(actor.areaCode())) {
            return "true";
        }
        List<String> covered = new ArrayList<>(areas.localAuthoritiesCoveredBy(actor.areaCode()));
        covered.add(actor.areaCode());
        params.add(covered.toArray(String[]::new));
        return "r.area_codes && ?::text[]";
    }
}
