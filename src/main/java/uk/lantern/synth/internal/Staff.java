package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented practitioners of each agency: referrers, and the triage workers who decide. A handful per agency,
 * drawn once per bundle, so the same names recur as they would in a real front door.
 */
final class Staff {

    static final String EMAIL_DOMAIN = "demo.lantern.invalid";
    private static final int PER_AGENCY = 8;

    record Practitioner(String name, String email) {
    }

    private final Map<String, List<Practitioner>> byAgency = new HashMap<>();

    Staff(AgencyDirectory agencies, PersonNames names, Dice dice) {
        for (SynthAgency agency : agencies.all()) {
            Town town = townOf(agency);
            List<Practitioner> team = new ArrayList<>();
            for (int i = 0; i < PER_AGENCY; i++) {
                Sex sex = dice.chance(0.7) ? Sex.FEMALE : Sex.MALE;
                PersonNames.PersonName name = names.draw(town.ethnicGroup(dice), sex, dice);
                String email = PersonNames.emailLocalPart(name.firstName(), name.surname()) + "@" + EMAIL_DOMAIN;
                team.add(new Practitioner(name.firstName() + " " + name.surname(), email));
            }
            byAgency.put(agency.directoryId(), List.copyOf(team));
        }
    }

    Practitioner someoneAt(SynthAgency agency, Dice dice) {
        return dice.oneOf(byAgency.get(agency.directoryId()));
    }

    private static Town townOf(SynthAgency agency) {
        for (Town town : Town.values()) {
            if (town.areaCode().equals(agency.areaCode())) {
                return town;
            }
        }
        return agency.areaCode().equals(Force.SOUTH_YORKSHIRE.areaCode()) ? Town.ROTHERHAM : Town.ROCHDALE;
    }
}
