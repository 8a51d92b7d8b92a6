package uk.lantern.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.identity.AgencyId;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.missing.EpisodeId;
import uk.lantern.missing.MissingEpisodes;
import uk.lantern.missing.NewEpisode;
import uk.lantern.missing.NewMention;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildInput;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;
import uk.lantern.people.PersonInput;
import uk.lantern.people.Persons;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.referral.ExternalReferral;
import uk.lantern.referral.LawfulBasis;
import uk.lantern.referral.Referrals;
import uk.lantern.referral.Urgency;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Records stored in batches read back as records entered one at a time do, and a changed record updates. */
class BulkImportIT extends IntegrationTestBase {

    private static final LedgerActor IMPORTER = LedgerActor.system("import-test");

    @Autowired
    Importer importer;
    @Autowired
    Children children;
    @Autowired
    Persons persons;
    @Autowired
    Referrals referrals;
    @Autowired
    MissingEpisodes missing;

    @TempDir
    Path directory;

    private static String child(String system, String sourceId, String surname, String aliasSurname) {
        return "{\"type\":\"child\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"" + sourceId + "\","
                + "\"firstName\":\"Amy\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"2011-04\","
                + "\"sex\":\"FEMALE\",\"ethnicity\":{\"ons2021\":\"WHITE_BRITISH\"},\"nationality\":\"GB\","
                + "\"countryOfBirth\":\"GB\",\"nhsNumber\":\"943 476 5919\",\"areaCode\":\"E08000005\","
                + "\"school\":\"Demo Academy\",\"aliases\":[{\"firstName\":\"Ames\",\"surname\":\"" + aliasSurname
                + "\"}],\"addresses\":[{\"line1\":\"1 Demo Street\",\"town\":\"Rochdale\",\"postcode\":\"OL11 1AA\","
                + "\"from\":\"2020-01-01\"}],\"placement\":{\"placementType\":\"FOSTER_CARE\","
                + "\"providerName\":\"Demo Fostering\",\"from\":\"2024-05-01\"}}";
    }

    private static ChildInput childInput(String surname, String aliasSurname) {
        return new ChildInput("Amy", surname, "2011-04", false, "FEMALE", null, "WHITE_BRITISH", null, null, "GB",
                "GB", "943 476 5919", "E08000005", "Demo Academy", List.of(new ChildInput.Alias("Ames", aliasSurname)),
                List.of(new ChildInput.Address("1 Demo Street", null, "Rochdale", "OL11 1AA", "2020-01-01", null)),
                new ChildInput.Placement("FOSTER_CARE", "Demo Fostering", "2024-05-01"));
    }

    private static String person(String system, String sourceId, String phone) {
        return "{\"type\":\"person\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"" + sourceId + "\","
                + "\"firstName\":\"Dan\",\"surname\":\"Adult\",\"dateOfBirth\":\"1980-02-03\",\"sex\":\"MALE\","
                + "\"nationality\":\"GB\",\"phone\":\"" + phone + "\",\"aliases\":[{\"firstName\":\"Danny\"}],"
                + "\"addresses\":[{\"line1\":\"2 Demo Road\",\"postcode\":\"OL12 2BB\"}]}";
    }

    private ImportReport importLines(String name, String... lines) throws Exception {
        Path file = directory.resolve(name);
        Files.write(file, List.of(lines));
        return importer.importJsonLines(IMPORTER, file, name);
    }

    private UUID imported(String type, String system, String sourceId) {
        return jdbc.sql("SELECT lantern_id FROM import_record WHERE record_type = ? AND source_system = ? "
                + "AND source_id = ?").params(type, system, sourceId).query(UUID.class).single();
    }

    private Map<String, Object> personRow(UUID id) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.sql("SELECT * FROM person WHERE id = ?").param(id)
                .query().singleRow());
        row.keySet().removeAll(List.of("id", "created_at"));
        row.put("aliases", jdbc.sql("SELECT first_name, surname FROM person_alias WHERE person_id = ?").param(id)
                .query().listOfRows());
        return row;
    }

    private long pending(UUID record) {
        return jdbc.sql("SELECT count(*) FROM resolution_pending WHERE record_id = ?").param(record)
                .query(Long.class).single();
    }

    @Test
    void childrenAndAdultsImportedInABatchReadBackAsOnesEnteredOneAtATime() throws Exception {
        String system = unique("bulk-");
        ImportReport report = importLines("bulk.jsonl", child(system, "c1", "Example", "Alias"),
                person(system, "p1", "07700 900123"), child(system, "c2", "Other", "Alias"));
        assertThat(report.committed()).isTrue();
        assertThat(report.acceptedByType()).containsEntry("child", 2L).containsEntry("person", 1L);

        ChildView typedIn = children.register(IMPORTER, childInput("Example", "Alias"), "");
        UUID importedChild = imported("child", system, "c1");
        ChildView stored = children.find(new ChildId(importedChild)).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id", "createdAt")
                .isEqualTo(children.find(typedIn.id()).orElseThrow());
        LedgerEntryView importedEntry = lastEntry("CHILD", importedChild.toString(), "CHILD_REGISTERED");
        LedgerEntryView typedEntry = lastEntry("CHILD", typedIn.id().toString(), "CHILD_REGISTERED");
        assertThat(importedEntry.payload()).isEqualTo(typedEntry.payload());
        assertThat(importedEntry.actor()).isEqualTo(typedEntry.actor());
        assertThat(pending(importedChild)).as("queued for entity resolution").isEqualTo(pending(typedIn.id().value()))
                .isEqualTo(1);

        var typedPerson = persons.register(IMPORTER, new PersonInput("Dan", "Adult", "1980-02-03", "MALE", null,
                null, null, null, "GB", "07700 900123", "2 Demo Road", "OL12 2BB",
                List.of(new ChildInput.Alias("Danny", null))), "");
        UUID importedPerson = imported("person", system, "p1");
        assertThat(personRow(importedPerson)).isEqualTo(personRow(typedPerson.value()));
        assertThat(lastEntry("PERSON", importedPerson.toString(), "PERSON_REGISTERED").payload())
                .isEqualTo(lastEntry("PERSON", typedPerson.toString(), "PERSON_REGISTERED").payload());
        assertThat(pending(importedPerson)).isEqualTo(1);
    }

    @Test
    void referralsAndDecisionsImportedInBatchesReadBackAsOnesRecordedOneAtATime() throws Exception {
        String system = unique("referrals-");
        String agency = agency("Oldham Health Trust (demo)").id().toString();
        String referral = "{\"type\":\"referral\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"%s\","
                + "\"receivedAt\":\"2026-03-02T09:15:00Z\",\"referrer\":{\"name\":\"Pat Nurse\",\"agency\":"
                + "{\"sourceSystem\":\"lantern\",\"sourceId\":\"" + agency + "\"},\"email\":\"pat@demo.lantern.invalid\"},"
                + "\"children\":[{\"sourceId\":\"c1\"}],\"concern\":\"Gifts and lifts from an adult.\","
                + "\"cseConcern\":true,\"indicators\":[\"UNEXPLAINED_GIFTS\",\"PICKED_UP_IN_CARS\"],"
                + "\"urgency\":\"IMMEDIATE\"}";
        String decision = "{\"type\":\"decision\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"d-%s\","
                + "\"referral\":{\"sourceId\":\"%s\"},\"decidedAt\":\"2026-03-02T15:00:00Z\","
                + "\"outcome\":\"ASSESSMENT\",\"reasons\":\"Needs an assessment.\",\"decidedBy\":\"Front door\"}";
        ImportReport report = importLines("referrals.jsonl", child(system, "c1", "Example", "Alias"),
                referral.formatted("r1"), referral.formatted("r2"), decision.formatted("r1", "r1"),
                decision.formatted("r2", "r2"));
        assertThat(report.committed()).isTrue();
        assertThat(report.acceptedByType()).containsEntry("referral", 2L).containsEntry("decision", 2L);
        UUID child = imported("child", system, "c1");
        UUID imported = imported("referral", system, "r2");

        var typedIn = referrals.receive(IMPORTER, new ExternalReferral(system, "r3",
                java.time.Instant.parse("2026-03-02T09:15:00Z"), "Pat Nurse", new AgencyId(UUID.fromString(agency)),
                "pat@demo.lantern.invalid", null, List.of(new ChildId(child)), "Gifts and lifts from an adult.", true,
                List.of("UNEXPLAINED_GIFTS", "PICKED_UP_IN_CARS"), Urgency.IMMEDIATE, LawfulBasis.PUBLIC_TASK));
        referrals.recordExternalDecision(IMPORTER, typedIn.id(), DecisionOutcome.ASSESSMENT, "Needs an assessment.",
                "Front door", java.time.Instant.parse("2026-03-02T15:00:00Z"), system, "d-r3");
        assertThat(referralRow(imported)).isEqualTo(referralRow(typedIn.id().value()))
                .containsEntry("status", "DECIDED");
        assertThat(decisionRow(imported)).isEqualTo(decisionRow(typedIn.id().value()));
        assertThat(decidedPayload(imported)).isEqualTo(decidedPayload(typedIn.id().value()));
        assertThat(jdbc.sql("SELECT count(*) FROM child_case WHERE referral_id IN (?, ?)")
                .params(imported, typedIn.id().value()).query(Long.class).single())
                .as("an assessment opens a case for each").isEqualTo(2);
        assertThat(receivedPayload(imported)).isEqualTo(receivedPayload(typedIn.id().value()));
        assertThat(deadlineRow(imported)).isEqualTo(deadlineRow(typedIn.id().value()));
        assertThat(lastEntry("REFERRAL", imported.toString(), "DEADLINE_STARTED").payload())
                .isEqualTo(lastEntry("REFERRAL", typedIn.id().toString(), "DEADLINE_STARTED").payload());
        assertThat(jdbc.sql("SELECT count(*) FROM review_cse_referral WHERE referral_id IN (?, ?)")
                .params(imported, typedIn.id().value()).query(Long.class).single())
                .as("both feed the review of CSE referrals").isEqualTo(2);
    }

    private Map<String, Object> referralRow(UUID id) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.sql("SELECT * FROM referral WHERE id = ?").param(id)
                .query().singleRow());
        row.keySet().removeAll(List.of("id", "reference", "source_id"));
        row.put("indicators", String.valueOf(row.get("indicators")));
        row.put("children", jdbc.sql("SELECT child_id, position FROM referral_child WHERE referral_id = ?")
                .param(id).query().listOfRows());
        return row;
    }

    private Map<String, Object> deadlineRow(UUID referral) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.sql("SELECT * FROM deadline WHERE subject_id = ?")
                .param(referral.toString()).query().singleRow());
        assertThat(row.get("met_at")).as("the decision met the clock").isNotNull();
        row.keySet().removeAll(List.of("id", "subject_id", "reference", "link", "met_at"));
        return row;
    }

    private Map<String, Object> decisionRow(UUID referral) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.sql("SELECT * FROM referral_decision "
                + "WHERE referral_id = ?").param(referral).query().singleRow());
        row.keySet().removeAll(List.of("id", "referral_id", "source_id"));
        return row;
    }

    private String decidedPayload(UUID referral) {
        return lastEntry("REFERRAL", referral.toString(), "REFERRAL_DECIDED").payload()
                .replaceAll("\"source\":\"[^\"]+\"", "");
    }

    /** The REFERRAL_RECEIVED payload without what differs by design: the reference and the source id. */
    private String receivedPayload(UUID referral) {
        return lastEntry("REFERRAL", referral.toString(), "REFERRAL_RECEIVED").payload()
                .replaceAll("\"reference\":\"[^\"]+\"", "").replaceAll("\"source\":\"[^\"]+\"", "");
    }

    @Test
    void missingEpisodesImportedInABatchReadBackAsOnesRecordedOneAtATime() throws Exception {
        String system = unique("episodes-");
        // Out of time order, so that a batch counting later lines as earlier episodes would flag too soon.
        List<String> reported = List.of("2026-03-20T20:00:00Z", "2026-03-01T20:00:00Z", "2026-03-10T20:00:00Z",
                "2026-03-30T20:00:00Z");
        String episode = "{\"type\":\"missing_episode\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"e%d\","
                + "\"child\":{\"sourceId\":\"c1\"},\"reportedMissingAt\":\"%s\",\"lastSeenLocation\":\"Bus station\","
                + "\"vehiclesSeen\":[\"ma19 xkt\"],\"returnedAt\":\"%s\",\"foundLocation\":\"12 Demo Road\","
                + "\"foundWith\":\"An older man\"}";
        List<String> lines = new java.util.ArrayList<>(List.of(child(system, "c1", "Example", "Alias"),
                child(system, "c2", "Example", "Alias")));
        for (int i = 0; i < reported.size(); i++) {
            lines.add(episode.formatted(i, reported.get(i), returned(reported.get(i))));
        }
        ImportReport report = importLines("episodes.jsonl", lines.toArray(String[]::new));
        assertThat(report.committed()).isTrue();
        assertThat(report.acceptedByType()).containsEntry("missing_episode", 4L);
        UUID batched = imported("child", system, "c1");
        UUID oneByOne = imported("child", system, "c2");
        for (String at : reported) {
            missing.importEpisode(IMPORTER, new ChildId(oneByOne), new NewEpisode(java.time.Instant.parse(at), null,
                    "Bus station", java.time.Instant.parse(returned(at)), "12 Demo Road", "An older man",
                    List.of("ma19 xkt")), null, system, "single-" + at);
        }

        assertThat(childEpisodes(batched)).isEqualTo(childEpisodes(oneByOne)).hasSize(4);
        List<String> entries = childEntries(batched);
        assertThat(entries).isEqualTo(childEntries(oneByOne));
        assertThat(entries).filteredOn(entry -> entry.startsWith("CHILD_FLAGGED_REPEAT_MISSING"))
                .as("flagged once, by the latest episode, counting only the episodes before it")
                .singleElement().asString().contains("4 episodes in 90 days");
        assertThat(entries).filteredOn(entry -> entry.startsWith("CHILD_RETURNED")).hasSize(4);
    }

    private static String returned(String reported) {
        return java.time.Instant.parse(reported).plus(java.time.Duration.ofHours(12)).toString();
    }

    /** A child's episodes, with their interviews, clocks and mentions, oldest first, without ids. */
    private List<Map<String, Object>> childEpisodes(UUID child) {
        return jdbc.sql("SELECT id FROM missing_episode WHERE child_id = ? ORDER BY reported_missing_at")
                .param(child).query(UUID.class).list().stream().map(episode -> {
                    Map<String, Object> rows = new java.util.HashMap<>(jdbc.sql("SELECT reported_missing_at, "
                            + "last_seen_location, vehicles_seen::text, returned_at, found_location, found_with "
                            + "FROM missing_episode WHERE id = ?").param(episode).query().singleRow());
                    rows.putAll(episodeRows(episode));
                    return rows;
                }).toList();
    }

    /** The actions of the ledger entries about a child, sorted, with what each says apart from ids and sources. */
    private List<String> childEntries(UUID child) {
        return ledger.entriesAbout("CHILD", child.toString()).stream()
                .filter(entry -> !entry.action().equals("CHILD_REGISTERED"))
                .map(entry -> entry.action() + entry.payload().replaceAll("[0-9a-f-]{36}", "ID")
                        .replaceAll("\"source\":\"[^\"]+\"", ""))
                .sorted().toList();
    }

    @Test
    void returnInterviewsImportedInABatchReadBackAsOnesRecordedOneAtATime() throws Exception {
        String system = unique("interviews-");
        String episode = "{\"type\":\"missing_episode\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"%s\","
                + "\"child\":{\"sourceId\":\"c1\"},\"reportedMissingAt\":\"2026-03-01T20:00:00Z\","
                + "\"returnedAt\":\"2026-03-02T08:00:00Z\"}";
        String interview = "{\"type\":\"return_interview\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"i-%s\","
                + "\"episode\":{\"sourceId\":\"%s\"},\"status\":\"COMPLETED\",\"offeredAt\":\"2026-03-02T10:00:00Z\","
                + "\"completedAt\":\"2026-03-03T10:00:00Z\",\"findings\":\"Went with an older friend.\","
                + "\"mentions\":[{\"kind\":\"VEHICLE\",\"value\":\"ma19 xkt\",\"detail\":\"Picked up in it\"},"
                + "{\"kind\":\"PHONE\",\"value\":\"07700 900123\"}]}";
        ImportReport report = importLines("interviews.jsonl", child(system, "c1", "Example", "Alias"),
                episode.formatted("e1"), episode.formatted("e2"), episode.formatted("e3"),
                interview.formatted("e1", "e1"), interview.formatted("e2", "e2"));
        assertThat(report.committed()).isTrue();
        assertThat(report.acceptedByType()).containsEntry("return_interview", 2L);
        UUID imported = imported("missing_episode", system, "e2");
        UUID typedIn = imported("missing_episode", system, "e3");
        missing.importInterview(IMPORTER, new EpisodeId(typedIn), "COMPLETED",
                java.time.Instant.parse("2026-03-02T10:00:00Z"), java.time.Instant.parse("2026-03-03T10:00:00Z"), null,
                "Went with an older friend.", List.of(new NewMention("VEHICLE", "ma19 xkt", "Picked up in it"),
                        new NewMention("PHONE", "07700 900123", null)));

        assertThat(episodeRows(imported)).isEqualTo(episodeRows(typedIn)).containsKeys("status", "mentions");
        UUID child = imported("child", system, "c1");
        List<String> completed = ledger.entriesAbout("CHILD", child.toString()).stream()
                .filter(entry -> entry.action().equals("RETURN_INTERVIEW_COMPLETED"))
                .map(entry -> entry.payload().replaceAll("[0-9a-f-]{36}", "EPISODE")).toList();
        assertThat(completed).hasSize(3).containsOnly(completed.get(0));
        assertThat(lastEntry("MISSING_EPISODE", imported.toString(), "DEADLINE_MET").payload())
                .isEqualTo(lastEntry("MISSING_EPISODE", typedIn.toString(), "DEADLINE_MET").payload());
    }

    /** An episode's interview, clock and mentions, without the ids that differ by design. */
    private Map<String, Object> episodeRows(UUID episode) {
        Map<String, Object> rows = new java.util.HashMap<>(jdbc.sql("SELECT status, offered_at, completed_at, "
                + "declined_reason, findings FROM return_interview WHERE episode_id = ?").param(episode)
                .query().singleRow());
        rows.put("clock", jdbc.sql("SELECT due_at, met_at FROM deadline WHERE subject_id = ?")
                .param(episode.toString()).query().singleRow());
        rows.put("mentions", jdbc.sql("SELECT source_type, kind, value, normalised, detail FROM mention "
                + "WHERE episode_id = ? ORDER BY kind").param(episode).query().listOfRows());
        return rows;
    }

    @Test
    void aChangedChildOrAdultUpdatesTheRecordWithBeforeAndAfterInTheLedger() throws Exception {
        String system = unique("update-");
        ImportReport first = importLines("v1.jsonl", child(system, "c1", "Example", "Alias"),
                person(system, "p1", "07700 900123"), child(system, "c2", "Same", "Alias"));
        assertThat(first.committed()).isTrue();
        UUID child = imported("child", system, "c1");
        UUID person = imported("person", system, "p1");

        ImportReport second = importLines("v2.jsonl", child(system, "c1", "Changed", "Newalias"),
                person(system, "p1", "07700 900999"), child(system, "c2", "Same", "Alias"));
        assertThat(second.committed()).isTrue();
        assertThat(second.accepted()).isEqualTo(2);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.acceptedByType()).containsEntry("child", 1L).containsEntry("person", 1L);

        ChildView updated = children.find(new ChildId(child)).orElseThrow();
        assertThat(updated.surname()).isEqualTo("Changed");
        assertThat(updated.aliases()).as("aliases are history: the new one is added").containsExactlyInAnyOrder(
                new ChildInput.Alias("Ames", "Alias"), new ChildInput.Alias("Ames", "Newalias"));
        assertThat(updated.addresses()).hasSize(1);
        JsonAssert childChange = new JsonAssert(lastEntry("CHILD", child.toString(), "CHILD_UPDATED").payload());
        assertThat(childChange.at("/changes/surname/before")).isEqualTo("Example");
        assertThat(childChange.at("/changes/surname/after")).isEqualTo("Changed");
        assertThat(childChange.json().path("changes").has("firstName")).as("only changed fields").isFalse();
        assertThat(childChange.at("/changes/aliases/added/0")).isEqualTo("Ames Newalias");
        assertThat(personRow(person)).containsEntry("phone", "07700 900999");
        JsonAssert personChange = new JsonAssert(lastEntry("PERSON", person.toString(), "PERSON_UPDATED").payload());
        assertThat(personChange.at("/changes/phone/before")).isEqualTo("07700 900123");
        assertThat(personChange.at("/changes/phone/after")).isEqualTo("07700 900999");
        assertThat(jdbc.sql("SELECT count(*) FROM child WHERE id = ?").param(child).query(Long.class).single())
                .as("updated in place, not stored again").isEqualTo(1);

        long entries = jdbc.sql("SELECT count(*) FROM ledger_entry").query(Long.class).single();
        ImportReport again = importLines("v2-again.jsonl", child(system, "c1", "Changed", "Newalias"),
                person(system, "p1", "07700 900999"), child(system, "c2", "Same", "Alias"));
        assertThat(again.accepted()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry").query(Long.class).single())
                .as("only the import's own entry").isEqualTo(entries + 1);
    }

    @Test
    void aVoidedChildIsNotUpdatedAndTheFileIsRejected() throws Exception {
        String system = unique("voided-");
        assertThat(importLines("v1.jsonl", child(system, "c1", "Example", "Alias")).committed()).isTrue();
        UUID child = imported("child", system, "c1");
        children.voidRecord(IMPORTER, new ChildId(child), "Recorded twice");

        ImportReport changed = importLines("v2.jsonl", person(system, "p1", "07700 900123"),
                child(system, "c1", "Changed", "Alias"));
        assertThat(changed.committed()).isFalse();
        assertThat(changed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.field()).isEqualTo("childId");
        });
        assertThat(children.find(new ChildId(child)).orElseThrow().surname()).isEqualTo("Example");
        assertThat(jdbc.sql("SELECT count(*) FROM import_record WHERE source_system = ? AND record_type = 'person'")
                .param(system).query(Long.class).single()).as("nothing of the file is stored").isZero();
    }

    @Test
    void recordsOfOtherTypesAreStillNotUpdated() throws Exception {
        String system = unique("vehicle-");
        String vehicle = "{\"type\":\"vehicle\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"v1\","
                + "\"registration\":\"MA19 XKT\",\"colour\":\"%s\"}";
        assertThat(importLines("v1.jsonl", vehicle.formatted("red")).committed()).isTrue();
        ImportReport changed = importLines("v2.jsonl", vehicle.formatted("blue"));
        assertThat(changed.committed()).isFalse();
        assertThat(changed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("sourceId");
            assertThat(problem.message()).contains("only child and person records are updated");
        });
    }

    /** A ledger payload, read as JSON. */
    private record JsonAssert(tools.jackson.databind.JsonNode json) {
        JsonAssert(String payload) {
            this(JSON.readTree(payload));
        }

        String at(String pointer) {
            return json.at(pointer).asString();
        }
    }
}
