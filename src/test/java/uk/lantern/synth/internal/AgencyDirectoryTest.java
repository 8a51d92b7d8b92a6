package uk.lantern.synth.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyDirectoryTest {

    private final List<SynthAgency> agencies = new AgencyDirectory(5).all();

    /**
     * Imports link agency records to existing agencies by name, so the names here must stay the demo's. The demo
     * module keeps its list private; reading it reflectively keeps the two from drifting apart without making the
     * generator depend on demo mode.
     */
    @Test
    void theBundleNamesEveryDemoAgencyThatWorksWithChildrenExactlyAsTheDemoDoes() throws Exception {
        Class<?> demoAgencies = Class.forName("uk.lantern.demo.internal.DemoAgencies");
        Field all = demoAgencies.getDeclaredField("ALL");
        all.setAccessible(true);
        List<String> demo = new ArrayList<>();
        for (Object agency : (List<?>) all.get(null)) {
            String type = call(agency, "type");
            if (!type.equals("OVERSIGHT") && !type.equals("SERVICE_OPERATOR")) {
                demo.add(call(agency, "name") + "|" + type + "|" + call(agency, "areaCode"));
            }
        }
        List<String> ours = agencies.stream()
                .map(agency -> agency.name() + "|" + agency.kind().name() + "|" + agency.areaCode())
                .toList();
        assertThat(demo).hasSize(14);
        assertThat(ours.subList(0, demo.size())).containsExactlyElementsOf(demo);
    }

    @Test
    void extraAgenciesAreMarkedAsDemoAndEveryAgencyHasItsOwnSystem() {
        assertThat(agencies).allSatisfy(agency -> assertThat(agency.name()).endsWith("(demo)"));
        assertThat(agencies).extracting(SynthAgency::kind).contains(AgencyKind.YOUTH_SERVICE,
                AgencyKind.VOLUNTARY_SECTOR);
        assertThat(agencies.stream().map(SynthAgency::system).distinct()).hasSize(agencies.size());
        assertThat(agencies).extracting(SynthAgency::system).contains("rochdale-health-seed5", "gmp-niche-seed5",
                "rochdale-lcs-seed5");
    }

    @Test
    void bundlesOfDifferentSeedsShareTheDirectoryButKeepTheirRecordsInSystemsOfTheirOwn() {
        List<SynthAgency> other = new AgencyDirectory(2026).all();
        assertThat(other).extracting(SynthAgency::record).containsExactlyElementsOf(
                agencies.stream().map(SynthAgency::record).toList());
        assertThat(other).extracting(SynthAgency::system)
                .doesNotContainAnyElementsOf(agencies.stream().map(SynthAgency::system).toList());
    }

    private static String call(Object target, String accessor) throws Exception {
        Method method = target.getClass().getDeclaredMethod(accessor);
        method.setAccessible(true);
        return method.invoke(target).toString();
    }
}
