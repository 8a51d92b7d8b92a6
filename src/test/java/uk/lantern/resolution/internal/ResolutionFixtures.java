package uk.lantern.resolution.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildInput;
import uk.lantern.people.Children;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.MatchStatus;
import uk.lantern.resolution.PairComparison;
import uk.lantern.resolution.RecordPair;
import uk.lantern.resolution.ResolutionSettings;
import uk.lantern.resolution.Resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Records and review pairs for the resolution access and page tests. Adults are known where intelligence names
 * them, so each adult is created by an investigator's report about an area; children are registered in an area. A
 * pair waits for review as a run would store it: scored field by field by a model trained on synthetic people.
 */
final class ResolutionFixtures {

    static final String ROCHDALE = "E08000005";
    static final String ROTHERHAM = "E08000018";
    static final String SOUTH_YORKSHIRE_POLICE = "South Yorkshire Police (demo)";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Resolver trained;

    /** A user's API token, as the test signs them in. */
    interface Tokens {
        String tokenFor(String username) throws Exception;
    }

    private final MockMvc mvc;
    private final Tokens tokens;
    private final IdentityRepository repository;
    private final PeopleRecords people;
    private final Children children;

    ResolutionFixtures(MockMvc mvc, Tokens tokens, IdentityRepository repository, PeopleRecords people,
                       Children children, Identities identities) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.repository = repository;
        this.people = people;
        this.children = children;
        // A model for each kind first, so that the scheduled run never starts a batch that replaces the test's pairs.
        for (RecordKind kind : RecordKind.values()) {
            if (repository.model(kind).isEmpty()) {
                identities.runBatch(LedgerActor.system("test"), kind);
            }
        }
    }

    /** A new adult, named in a shareable report an investigator of the area's police force records about it. */
    UUID adult(String investigator, String area, String firstName, String surname, String dateOfBirth)
            throws Exception {
        Map<String, Object> person = new LinkedHashMap<>(Map.of("firstName", firstName, "surname", surname,
                "dateOfBirth", dateOfBirth, "sex", "MALE"));
        Map<String, Object> body = Map.of("informationDate", "2026-01-05", "areaCodes", List.of(area),
                "sourceEvaluation", "2", "intelligenceAssessment", "B", "handlingCode", "P",
                "text", "Seen with girls outside a takeaway late at night.",
                "subjects", List.of(Map.of("type", "person", "role", "ASSOCIATE", "person", person)));
        var response = mvc.perform(post("/api/v1/intelligence")
                        .header("Authorization", "Bearer " + tokens.tokenFor(investigator))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        JsonNode subject = JSON.readTree(response.getContentAsString()).get("subjects").get(0);
        return UUID.fromString(subject.get("ref").asString().substring("person:".length()));
    }

    /** A new child of the area's local authority. */
    UUID child(String area, String firstName, String surname, String dateOfBirth) {
        return children.register(LedgerActor.system("test"), ChildInput.minimal(firstName, surname, dateOfBirth,
                area), "").id().value();
    }

    /** Stores the two records as a pair waiting for review, scored as a run scores it; returns the pair's id. */
    UUID waitingPair(RecordKind kind, UUID one, UUID other) {
        RecordPair ordered = RecordPair.of(one.toString(), other.toString());
        UUID first = UUID.fromString(ordered.first());
        UUID second = UUID.fromString(ordered.second());
        Map<UUID, uk.lantern.people.Particulars> records = new LinkedHashMap<>();
        people.of(kind, List.of(first, second)).forEach(record -> records.put(record.id(), record));
        PairComparison comparison = resolver().compare(ParticularsRecords.of(records.get(first)),
                ParticularsRecords.of(records.get(second)));
        UUID id = UUID.randomUUID();
        repository.insertPair(new IdentityRepository.PairRow(id, kind, first, second, comparison.probability(),
                PairExplanations.write(comparison), MatchStatus.REVIEW, Instant.now(), null, null, null));
        return id;
    }

    private static synchronized Resolver resolver() {
        if (trained == null) {
            trained = Resolver.train(SyntheticSets.people(1_000, 11).records(), ResolutionSettings.defaults());
        }
        return trained;
    }
}
