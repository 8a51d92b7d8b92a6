package uk.lantern.resolution.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.people.ChildInput;
import uk.lantern.people.PersonInput;
import uk.lantern.people.Persons;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.MatchStatus;
import uk.lantern.resolution.ResolutionSummary;
import uk.lantern.resolution.internal.IdentityRepository.PairRow;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A batch run writes what it changed in parts, each with its ledger entry naming the run, reports its progress, and
 * writes no identity again that it leaves as it was; pairs still waiting for review are scored again in place.
 */
class BatchRunPartsIT extends IntegrationTestBase {

    private static final String[] FIRST = {"Alfie", "Hussein", "Toby", "Ehsan", "Harvey", "Fahad", "Louie", "Sabir",
        "Reggie", "Tayyab", "Stanley", "Umair", "Ronnie", "Waleed", "Frankie", "Zahid", "Archie", "Yaqub", "Teddy",
        "Nabeel"};
    private static final String[] SURNAME = {"Ainsworth", "Barlow", "Cunliffe", "Dearden", "Eccles", "Fairclough",
        "Gorton", "Hindle", "Isherwood", "Jepson", "Kay", "Livesey", "Mellor", "Nuttall", "Openshaw", "Partington",
        "Quayle", "Rawsthorne", "Slater", "Tonge"};

    @Autowired
    Identities identities;
    @Autowired
    Persons persons;
    @Autowired
    IdentityRepository repository;

    @Test
    void aBatchRunWritesInPartsEachInTheLedgerAndReportsItsProgress() throws Exception {
        for (int i = 0; i < FIRST.length; i++) {
            String born = String.format("%d-%02d-%02d", 1950 + i, 1 + i % 12, 2 + i);
            register(FIRST[i], SURNAME[i], born, String.format("07700 92%04d", i));
            register(FIRST[i], SURNAME[i], born.substring(0, 4), null);
        }

        ResolutionSummary first = identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);

        LedgerEntryView run = lastEntry("RESOLUTION", "PERSON", "RESOLUTION_RUN");
        String runId = JSON.readTree(run.payload()).get("run").asString();
        List<JsonNode> parts = partsOf(runId);
        assertThat(parts).as("the run's parts in the ledger").isNotEmpty()
                .hasSize(JSON.readTree(run.payload()).get("parts").asInt());
        assertThat(parts.stream().mapToInt(part -> part.get("records").asInt()).sum())
                .as("records whose identity the first run changed").isGreaterThanOrEqualTo(FIRST.length);
        JsonNode progress = JSON.readTree(mvc.perform(get("/api/v1/resolution/runs/latest?kind=PERSON")
                        .header("Authorization", bearer(tokenFor("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(progress.get("stage").asString()).isEqualTo("FINISHED");
        assertThat(progress.get("records").asInt()).isEqualTo(first.records());
        assertThat(progress.get("changesWritten").asLong()).isEqualTo(progress.get("changes").asLong())
                .isPositive();

        identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);

        String again = JSON.readTree(lastEntry("RESOLUTION", "PERSON", "RESOLUTION_RUN").payload()).get("run")
                .asString();
        assertThat(again).isNotEqualTo(runId);
        assertThat(partsOf(again).stream().mapToInt(part -> part.get("records").asInt()).sum())
                .as("identities a second run over the same records writes again").isZero();
    }

    @Test
    void aWaitingPairIsScoredAgainInPlaceAndTakenOffTheQueue() {
        UUID one = register("Percy", "Quarmby", "1931-03-03", null);
        UUID other = register("Percival", "Quarmby", "1931", null);
        // A pair is stored in the order PostgreSQL sorts uuids, which is their text's.
        UUID first = one.toString().compareTo(other.toString()) < 0 ? one : other;
        UUID second = first.equals(one) ? other : one;
        UUID id = UUID.randomUUID();
        Instant found = Instant.parse("2026-01-01T00:00:00Z");
        repository.insertReviewPairs(RecordKind.PERSON, List.of(new PairRow(id, RecordKind.PERSON, first, second, 0.4,
                "{\"fields\":[]}", MatchStatus.REVIEW, found, null, null, null)), found);

        repository.rescore(List.of(new PairRow(id, RecordKind.PERSON, first, second, 0.6, "{\"fields\":[1]}",
                MatchStatus.REVIEW, clock.instant(), null, null, null)));

        assertThat(repository.pair(id, false)).hasValueSatisfying(pair -> {
            assertThat(pair.probability()).isEqualTo(0.6);
            assertThat(pair.explanation()).contains("[1]");
            assertThat(pair.foundAt()).as("when it was first found").isEqualTo(found);
        });
        repository.deleteWaitingPairs(List.of(id));
        assertThat(repository.pair(id, false)).isEmpty();
    }

    private List<JsonNode> partsOf(String runId) {
        return ledger.entriesAbout("RESOLUTION", "PERSON").stream()
                .filter(entry -> entry.action().equals("RESOLUTION_RUN_PART")).map(entry -> JSON.readTree(
                        entry.payload())).filter(payload -> payload.get("run").asString().equals(runId)).toList();
    }

    private UUID register(String first, String surname, String dob, String phone) {
        return persons.register(LedgerActor.system("test"), new PersonInput(first, surname, dob, "MALE", null, null,
                null, null, null, phone, null, null, List.<ChildInput.Alias>of()), "").value();
    }
}
