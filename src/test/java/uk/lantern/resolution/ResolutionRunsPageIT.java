package uk.lantern.resolution;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.RecordKind;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The resolution runs page tells what {@code GET /api/v1/resolution/runs/latest} tells, to the same people. */
class ResolutionRunsPageIT extends IntegrationTestBase {

    @Autowired
    Identities identities;

    @Test
    void aFinishedBatchRunShowsItsResultAndThePageStopsUpdatingItself() throws Exception {
        ResolutionSummary summary = identities.runBatch(LedgerActor.system("test"), RecordKind.CHILD);
        ResolutionRunProgress latest = identities.runProgress(RecordKind.CHILD).orElseThrow();

        String page = mvc.perform(get("/resolution/runs").session(signIn("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String children = page.substring(page.indexOf("id=\"run-CHILD\""), page.indexOf("id=\"run-PERSON\""));
        assertThat(children).contains("Finished")
                .containsPattern("Records</dt>\\s*<dd[^>]*>" + String.format(java.util.Locale.UK, "%,d",
                        summary.records()) + "</dd>")
                .contains(latest.changes() == 0 ? "None: nothing had changed" : String.format(java.util.Locale.UK,
                        "%,d of %,d", latest.changesWritten(), latest.changes()));
        assertThat(page).doesNotContain("http-equiv=\"refresh\"");
        mvc.perform(get("/resolution/runs").session(signIn("admin"))).andExpect(status().isOk());
        mvc.perform(get("/resolution/runs").session(signIn("triage"))).andExpect(status().isForbidden());
    }
}
