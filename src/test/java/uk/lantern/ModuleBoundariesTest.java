package uk.lantern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleBoundariesTest {

    private final ApplicationModules modules = ApplicationModules.of(LanternApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void theCapabilitiesBuiltSoFarAreModules() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("runtime", "area", "ledger", "identity", "notification", "deadline", "people", "referral",
                        "casework", "missing", "risk", "synth", "demo", "web", "intelligence", "review", "resolution",
                        "network", "oversight", "knowntoservices");
    }
}
