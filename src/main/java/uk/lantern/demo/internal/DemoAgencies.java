package uk.lantern.demo.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.identity.AgencyType;

/**
 * Demo agencies in three real areas. Every name ends "(demo)": the police forces are named after the real forces
 * so that the demo reads naturally, but nothing in the demo comes from or speaks for any real organisation. The
 * area codes are real ONS codes so that area logic and statistics behave as they would live.
 */
final class DemoAgencies {

    record Agency(String name, AgencyType type, String areaCode) {
    }

    record Area(String name, String localAuthorityCode, String policeForceName, String policeForceAreaCode) {
    }

    static final List<Area> AREAS = List.of(
            new Area("Rochdale", "E08000005", "Greater Manchester Police", "E23000005"),
            new Area("Oldham", "E08000004", "Greater Manchester Police", "E23000005"),
            new Area("Rotherham", "E08000018", "South Yorkshire Police", "E23000011"));

    static final List<Agency> ALL = build();

    private DemoAgencies() {
    }

    static String socialCare(String area) {
        return area + " Children's Social Care (demo)";
    }

    static String health(String area) {
        return area + " Health Trust (demo)";
    }

    static String school(String area) {
        return area + " Brookside Academy (demo)";
    }

    static String childrensHome(String area) {
        return area + " Willow House Children's Home (demo)";
    }

    static String police(String force) {
        return force + " (demo)";
    }

    static final String OVERSIGHT = "Rochdale Safeguarding Partnership Scrutiny (demo)";
    static final String OPERATOR = "Rochdale Council Digital Services (demo)";

    private static List<Agency> build() {
        List<Agency> agencies = new ArrayList<>();
        for (Area area : AREAS) {
            agencies.add(new Agency(socialCare(area.name()), AgencyType.CHILDRENS_SOCIAL_CARE,
                    area.localAuthorityCode()));
            agencies.add(new Agency(health(area.name()), AgencyType.HEALTH, area.localAuthorityCode()));
            agencies.add(new Agency(school(area.name()), AgencyType.SCHOOL, area.localAuthorityCode()));
            agencies.add(new Agency(childrensHome(area.name()), AgencyType.CHILDRENS_HOME, area.localAuthorityCode()));
        }
        agencies.add(new Agency(police("Greater Manchester Police"), AgencyType.POLICE, "E23000005"));
        agencies.add(new Agency(police("South Yorkshire Police"), AgencyType.POLICE, "E23000011"));
        agencies.add(new Agency(OVERSIGHT, AgencyType.OVERSIGHT, "E08000005"));
        agencies.add(new Agency(OPERATOR, AgencyType.SERVICE_OPERATOR, "E08000005"));
        return List.copyOf(agencies);
    }
}
