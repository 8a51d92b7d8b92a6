package uk.lantern.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.ReferredChild;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLinksIT extends IntegrationTestBase {

    @Autowired
    RecordLinks links;
    @Autowired
    Directory directory;
    @Autowired
    AccessPolicy policy;

    @Test
    void aRecordIsLinkedOnlyForViewersWhoMayReadItWithoutBreakingGlassAndOfferingALinkLogsNothing() throws Exception {
        ReferredChild referred = ReferredChild.referredBy(this, "referrer", "Linkonly", true);
        RecordRef child = new RecordRef("CHILD", referred.childId());
        long entries = jdbc.sql("SELECT count(*) FROM ledger_entry").query(Long.class).single();
        assertThat(links.mayOpen(actor("triage"), child)).isTrue();
        assertThat(links.mayOpen(actor("referrer"), child)).isTrue();
        assertThat(links.mayOpen(actor("triage.oldham"), child)).as("another area's front door").isFalse();
        assertThat(links.mayOpen(actor("auditor"), child)).as("oversight sees aggregates only").isFalse();
        assertThat(links.mayOpen(actor("triage"), new RecordRef("CHILD", java.util.UUID.randomUUID().toString())))
                .as("no such record").isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry").query(Long.class).single()).isEqualTo(entries);
    }

    private Actor actor(String username) {
        UserView user = directory.userNamed(username).orElseThrow();
        AgencyView agency = directory.agency(user.agencyId()).orElseThrow();
        return new Actor(user.id(), user.username(), user.displayName(), agency.id(), agency.name(), agency.type(),
                agency.areaCode(), user.roles());
    }
}
