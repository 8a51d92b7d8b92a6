package uk.lantern.area;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreasTest {

    private final Areas areas = new Areas();

    @Test
    void knowsTheDemoAreasAndTheirPoliceForces() {
        assertThat(areas.find("E08000005")).hasValueSatisfying(rochdale -> {
            assertThat(rochdale.name()).isEqualTo("Rochdale");
            assertThat(rochdale.type()).isEqualTo(AreaType.LOCAL_AUTHORITY);
            assertThat(rochdale.policeForceAreaCode()).isEqualTo("E23000005");
        });
        assertThat(areas.find("E08000018").map(Area::policeForceAreaCode)).hasValue("E23000011");
        assertThat(areas.find("E23000005").map(Area::name)).hasValue("Greater Manchester");
    }

    @Test
    void aPoliceForceAreaCoversItsLocalAuthoritiesAndNoOthers() {
        assertThat(areas.covers("E23000005", "E08000005")).isTrue();
        assertThat(areas.covers("E23000005", "E08000004")).isTrue();
        assertThat(areas.covers("E23000005", "E08000018")).isFalse();
        assertThat(areas.covers("E23000011", "E08000018")).isTrue();
    }

    @Test
    void aLocalAuthorityCoversOnlyItself() {
        assertThat(areas.covers("E08000005", "E08000005")).isTrue();
        assertThat(areas.covers("E08000005", "E08000004")).isFalse();
    }

    @Test
    void englandCoversEverything() {
        assertThat(areas.covers(Areas.ENGLAND, "E08000018")).isTrue();
    }

    @Test
    void shireCountiesAreChildrensServicesAuthoritiesNotTheirDistricts() {
        assertThat(areas.find("E10000030").map(Area::name)).hasValue("Surrey");
        assertThat(areas.find("E07000207")).isEmpty();
    }

    @Test
    void holdsEveryEnglishChildrensServicesAuthorityAndPoliceForce() {
        assertThat(areas.ofType(AreaType.LOCAL_AUTHORITY)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(areas.ofType(AreaType.POLICE_FORCE_AREA)).hasSize(39);
        assertThat(areas.ofType(AreaType.LOCAL_AUTHORITY))
                .allSatisfy(area -> assertThat(area.policeForceAreaCode()).isNotNull());
    }
}
