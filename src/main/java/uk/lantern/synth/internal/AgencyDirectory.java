package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every agency a bundle mentions. The first group are the demo agencies, and their names, types and area codes
 * must match {@code uk.lantern.demo.internal.DemoAgencies} exactly: an import links agency records to existing
 * agencies by name. They are repeated here, not imported, because generating data must not depend on demo mode.
 * The youth services and support projects are extra, and like every demo organisation their names end "(demo)".
 *
 * <p>The directory's own records are the same in every bundle, so bundles of any seeds share the agencies. Each
 * agency's own records are kept in a source system named for the seed too ({@code rochdale-lcs-seed5}): ids such as
 * {@code CH-0000042} count children from nought in every bundle, and without the seed two bundles would give one
 * source id to two different children, and the second import would be refused.
 */
final class AgencyDirectory {

    private final List<SynthAgency> all = new ArrayList<>();
    private final Map<Town, Map<AgencyKind, SynthAgency>> local = new EnumMap<>(Town.class);
    private final Map<Force, SynthAgency> police = new EnumMap<>(Force.class);

    /** @param seed the bundle's seed, named in the source system of each agency's records */
    AgencyDirectory(long seed) {
        String ofSeed = "-seed" + seed;
        for (Town town : Town.values()) {
            String area = town.displayName();
            String prefix = town.systemPrefix();
            Map<AgencyKind, SynthAgency> agencies = new EnumMap<>(AgencyKind.class);
            add(agencies, town, AgencyKind.CHILDRENS_SOCIAL_CARE, area + " Children's Social Care (demo)",
                    prefix + "-childrens-social-care", prefix + "-lcs" + ofSeed, "CH");
            add(agencies, town, AgencyKind.HEALTH, area + " Health Trust (demo)",
                    prefix + "-health-trust", prefix + "-health" + ofSeed, "PT");
            add(agencies, town, AgencyKind.SCHOOL, area + " Brookside Academy (demo)",
                    prefix + "-brookside-academy", prefix + "-brookside-mis" + ofSeed, "PUP");
            add(agencies, town, AgencyKind.CHILDRENS_HOME, area + " Willow House Children's Home (demo)",
                    prefix + "-willow-house", prefix + "-willow-house" + ofSeed, "RES");
            local.put(town, agencies);
        }
        for (Force force : Force.values()) {
            SynthAgency agency = new SynthAgency(force.forceName() + " (demo)", AgencyKind.POLICE, force.areaCode(),
                    force.initials() + "-police", force.initials() + "-niche" + ofSeed, "NOM");
            police.put(force, agency);
            all.add(agency);
        }
        for (Town town : Town.values()) {
            String area = town.displayName();
            String prefix = town.systemPrefix();
            Map<AgencyKind, SynthAgency> agencies = local.get(town);
            add(agencies, town, AgencyKind.YOUTH_SERVICE, area + " Youth Service (demo)",
                    prefix + "-youth-service", prefix + "-youth-service" + ofSeed, "YP");
            add(agencies, town, AgencyKind.VOLUNTARY_SECTOR, area + " Young People's Support Project (demo)",
                    prefix + "-support-project", prefix + "-support-project" + ofSeed, "CL");
        }
    }

    private void add(Map<AgencyKind, SynthAgency> agencies, Town town, AgencyKind kind, String name,
                     String directoryId, String system, String recordPrefix) {
        SynthAgency agency = new SynthAgency(name, kind, town.areaCode(), directoryId, system, recordPrefix);
        agencies.put(kind, agency);
        all.add(agency);
    }

    /** Every agency, demo agencies first, in the order their records are written. */
    List<SynthAgency> all() {
        return List.copyOf(all);
    }

    SynthAgency local(Town town, AgencyKind kind) {
        if (kind == AgencyKind.POLICE) {
            return police(town.force());
        }
        return local.get(town).get(kind);
    }

    SynthAgency socialCare(Town town) {
        return local(town, AgencyKind.CHILDRENS_SOCIAL_CARE);
    }

    SynthAgency police(Force force) {
        return police.get(force);
    }
}
