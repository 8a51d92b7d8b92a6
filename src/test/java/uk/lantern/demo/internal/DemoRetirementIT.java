package uk.lantern.demo.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.identity.Directory;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.ledger.Ledger;
import uk.lantern.runtime.RunMode;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs on a database of its own, because it disables the demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"lantern.data-dir=${lantern.test.data-root:target/it-data/default}/demo-retirement",
                "lantern.demo.town-children=0"})
class DemoRetirementIT {

    @Autowired
    Directory directory;
    @Autowired
    IdentityAdministration administration;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Ledger ledger;

    @Test
    void startingWithoutDemoModeDisablesTheDemoUsers() {
        assertThat(directory.userNamed("triage").orElseThrow().enabled()).isTrue();
        new DemoSeeder(new RunMode(true, false, false), directory, administration, transaction).run(null);
        for (DemoUsers.User demoUser : DemoUsers.ALL) {
            var user = directory.userNamed(demoUser.username()).orElseThrow();
            assertThat(user.enabled()).as(demoUser.username()).isFalse();
            var entries = ledger.entriesAbout("USER", user.id().toString());
            assertThat(entries.get(entries.size() - 1).action()).isEqualTo("USER_CHANGED");
            assertThat(entries.get(entries.size() - 1).actor()).isEqualTo("system:demo-retire");
        }
        new DemoSeeder(new RunMode(true, true, false), directory, administration, transaction).run(null);
        assertThat(directory.userNamed("triage").orElseThrow().enabled())
                .as("seeding leaves existing users as they are").isFalse();
    }
}
