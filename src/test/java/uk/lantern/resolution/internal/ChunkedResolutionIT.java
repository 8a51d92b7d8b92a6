package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildInput;
import uk.lantern.people.Children;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.PersonInput;
import uk.lantern.people.Persons;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.Resolution;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionProperties;
import uk.lantern.resolution.Resolver;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting records resolved a few at a time through the database, each chunk in its own transaction against the
 * in-memory copy of the kind, get the identities that resolving them all in one run gives; and the copy follows the
 * records it holds being voided.
 */
class ChunkedResolutionIT extends IntegrationTestBase {

    private static final int CHUNK = 3;
    private static final String[] FIRST = {"Ibrahim", "Callum", "Yasir", "Declan", "Haroon", "Gavin", "Mudassar",
        "Jordan", "Tanveer", "Reece", "Sajjad", "Lee", "Wasim", "Nathan", "Zeeshan", "Brandon", "Rizwan", "Ashley",
        "Naveed", "Kyle", "Shoaib", "Jamie", "Kashif", "Connor", "Amir", "Jake", "Sohail", "Bradley", "Irfan", "Luke"};
    private static final String[] SURNAME = {"Bashir", "Fielding", "Ghafoor", "Entwistle", "Majeed", "Dewhurst",
        "Rafiq", "Pilling", "Tahir", "Sutcliffe", "Zaman", "Howarth", "Karim", "Duckworth", "Shafiq", "Lomax",
        "Rehman", "Tattersall", "Nazir", "Fitton", "Akram", "Grimshaw", "Javed", "Stansfield", "Waheed", "Kenyon",
        "Aziz", "Hargreaves", "Younis", "Crossley"};

    @Autowired
    Identities identities;
    @Autowired
    Persons persons;
    @Autowired
    IdentityRepository repository;
    @Autowired
    PeopleRecords people;
    @Autowired
    ResolutionProperties properties;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Ledger ledger;
    @Autowired
    IdentityLinks links;
    @Autowired
    BatchProgress progress;
    @Autowired
    KnownRecords knownRecords;
    @Autowired
    Children children;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void resolvingWaitingRecordsInChunksGivesTheIdentitiesOfOneRun() {
        for (int i = 0; i < FIRST.length; i++) {
            register(FIRST[i], SURNAME[i], dateOfBirth(i), String.format("07700 91%04d", i));
            register(FIRST[i], SURNAME[i], i % 2 == 0 ? dateOfBirth(i).substring(0, 4) : dateOfBirth(i), null);
        }
        identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);
        while (identities.resolvePending() > 0) {
            // nothing of this test's waits now
        }

        // A third record of ten of the men, and ten men not seen before: fewer than half as many again as the model
        // was trained on, so they are resolved incrementally.
        List<UUID> arriving = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            arriving.add(register(FIRST[i], SURNAME[i], dateOfBirth(i), String.format("07700 91%04d", i)));
            arriving.add(register(FIRST[29 - i], SURNAME[i], "1939-12-28", null));
        }
        Map<String, String> oneRun = resolvedInOneRun(arriving);

        ResolutionRuns chunked = new ResolutionRuns(repository, people, new ResolutionProperties(
                properties.matchThreshold(), properties.reviewThreshold(), properties.seed(), properties.interval(),
                properties.minimumRecords(), CHUNK), events, ledger, clock, links, new KnownRecords(repository, people),
                progress, dataSource, transaction);
        List<Integer> chunks = new ArrayList<>();
        for (int resolved = chunked.resolvePending(); resolved > 0; resolved = chunked.resolvePending()) {
            chunks.add(resolved);
        }

        assertThat(chunks).as("runs, each taking at most %d waiting adults", CHUNK)
                .hasSizeGreaterThanOrEqualTo((arriving.size() + CHUNK - 1) / CHUNK);
        Map<UUID, String> stored = identities.identityOf(RecordKind.PERSON,
                oneRun.keySet().stream().map(UUID::fromString).toList());
        Map<String, String> inChunks = new HashMap<>();
        stored.forEach((record, identity) -> inChunks.put(record.toString(), identity));
        assertThat(inChunks).isEqualTo(oneRun);
        assertThat(arriving.stream().filter(record -> !stored.get(record).equals(record.toString())).count())
                .as("arriving records that joined an identity; chunks %s; one run %s", chunks, oneRun)
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void aVoidedRecordLeavesTheCopyThatIncrementalRunsResolveAgainst() {
        ChildId child = children.register(LedgerActor.system("test"), ChildInput.minimal("Voided", "Inerror",
                "2014-06-01", "E08000005"), "").id();
        identities.runBatch(LedgerActor.system("test"), RecordKind.CHILD);
        assertThat(knownRecords.current(RecordKind.CHILD).clusterOf()).containsKey(child.value().toString());

        children.voidRecord(LedgerActor.system("test"), child, "Recorded twice by mistake");

        assertThat(knownRecords.current(RecordKind.CHILD).records()).extracting(PersonRecord::id)
                .doesNotContain(child.value().toString());
    }

    /** What one incremental run of every waiting record gives, from the stored identities and model. */
    private Map<String, String> resolvedInOneRun(List<UUID> arriving) {
        Map<UUID, String> stored = repository.identities(RecordKind.PERSON);
        List<PersonRecord> existing = people.of(RecordKind.PERSON, stored.keySet()).stream()
                .map(ParticularsRecords::of).sorted(Comparator.comparing(PersonRecord::id)).toList();
        Map<String, String> clusterOf = new HashMap<>();
        existing.forEach(record -> clusterOf.put(record.id(), stored.get(UUID.fromString(record.id()))));
        List<PersonRecord> waiting = people.of(RecordKind.PERSON, repository.oldestPending(RecordKind.PERSON, 10_000))
                .stream().map(ParticularsRecords::of).sorted(Comparator.comparing(PersonRecord::id)).toList();
        assertThat(waiting).extracting(PersonRecord::id)
                .containsAll(arriving.stream().map(UUID::toString).toList());
        Resolver resolver = Resolver.withModel(ResolutionModel.fromJson(repository.model(RecordKind.PERSON)
                .orElseThrow()), properties.settings());
        Resolution resolution = resolver.resolveIncrementally(new Resolution(existing, clusterOf, List.of(),
                List.of(), List.of(), List.of()), waiting, repository.decisions(RecordKind.PERSON));
        return resolution.clusterOf();
    }

    /** Each man's year of birth is his own; the names are this test's alone. */
    private static String dateOfBirth(int man) {
        return String.format("%d-%02d-%02d", 1940 + man, 1 + man % 12, 1 + man % 27);
    }

    private UUID register(String first, String surname, String dob, String phone) {
        return persons.register(LedgerActor.system("test"), new PersonInput(first, surname, dob, "MALE", null, null,
                null, null, null, phone, null, null, List.<ChildInput.Alias>of()), "").value();
    }
}
