package uk.lantern.demo.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.lantern.interchange.Importer;
import uk.lantern.network.NetworkDossier;
import uk.lantern.network.Networks;
import uk.lantern.oversight.OversightStatistics;
import uk.lantern.resolution.Identities;
import uk.lantern.runtime.RunMode;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo town at its shipped size shows a newcomer at least two group-based networks, once the records imported have
 * been through the same incremental resolution the server runs on its schedule.
 */
/*
 * Its own database: the town's three hundred children would otherwise weigh on every other test's figures, and its
 * source ids are the same as those of the small town DemoTownIT imports.
 */
@TestPropertySource(properties = "lantern.data-dir=${lantern.test.data-root:target/it-data/default}/demo-networks")
class DemoTownNetworksIT extends IntegrationTestBase {

    private static final int SHIPPED_TOWN_CHILDREN = 300;

    @Autowired
    Importer importer;
    @Autowired
    RunMode runMode;
    @Autowired
    OversightStatistics statistics;
    @Autowired
    DemoCaseload caseload;
    @Autowired
    Identities identities;
    @Autowired
    Networks networks;

    @Test
    void theShippedDemoTownShowsAtLeastTwoPlantedNetworks() {
        assertThat(new DemoTown(runMode, importer, clock, statistics, caseload, SHIPPED_TOWN_CHILDREN).build().committed())
                .isTrue();
        while (identities.resolvePending() > 0) {
            // one batch per call, as the scheduled run does
        }

        List<NetworkDossier> dossiers = networks.allDossiers();
        assertThat(dossiers).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dossiers).allSatisfy(dossier -> {
            assertThat(dossier.suspectCount()).as("suspects in %s", dossier.id()).isGreaterThanOrEqualTo(2);
            assertThat(dossier.children()).as("children in %s", dossier.id()).hasSizeGreaterThanOrEqualTo(2);
        });
    }
}
