package uk.lantern.resolution.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.Particulars;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.ClusterLink;
import uk.lantern.resolution.IdentitiesLinked;
import uk.lantern.resolution.MatchStatus;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.Resolution;
import uk.lantern.resolution.ResolutionProperties;
import uk.lantern.resolution.ResolutionRunProgress;
import uk.lantern.resolution.ResolutionSummary;
import uk.lantern.resolution.Resolver;
import uk.lantern.resolution.ScoredPair;
import uk.lantern.resolution.internal.IdentityRepository.PairRow;

/**
 * The runs that resolve a kind's records: incremental runs of waiting records, a chunk a transaction, and batch runs
 * that train the model again and write what changed in parts (decision 0030).
 */
@Component
class ResolutionRuns {

    static final LedgerActor SYSTEM = LedgerActor.system("entity-resolution");
    /**
     * A model is trained again, and every record resolved again as a batch, once the records of its kind have grown
     * by half since it was trained: a model trained on the first fifty people of a town scores the next thousand
     * badly (its term frequencies and prior are those of fifty people). Growth by half keeps the work of retraining,
     * summed over a kind's life, within a few times that of one batch run.
     */
    static final double RETRAIN_GROWTH = 1.5;
    /** How often one call resolves a chunk again when the kind changed under it. */
    static final int ATTEMPTS = 3;

    private final IdentityRepository identities;
    private final PeopleRecords people;
    private final ResolutionProperties properties;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final Clock clock;
    private final IdentityLinks links;
    private final KnownRecords knownRecords;
    private final BatchProgress progress;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    ResolutionRuns(IdentityRepository identities, PeopleRecords people, ResolutionProperties properties,
                   ApplicationEventPublisher events, Ledger ledger, Clock clock, IdentityLinks links,
                   KnownRecords knownRecords, BatchProgress progress, DataSource dataSource,
                   TransactionTemplate transaction) {
        this.identities = identities;
        this.people = people;
        this.properties = properties;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
        this.links = links;
        this.knownRecords = knownRecords;
        this.progress = progress;
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    /**
     * Retrains and resolves the kind while its lease keeps every other change out, then writes what changed in parts,
     * each a short transaction with its own ledger entry (decision 0030): no part holds more than about
     * {@code chunkSize} rows uncommitted, and no identity is ever half written. A run that fails part way leaves the
     * parts it wrote, each whole; its records stay waiting, so the next scheduled run does it again.
     */
    ResolutionSummary runBatch(LedgerActor by, RecordKind kind) {
        try (BatchLease lease = BatchLease.take(dataSource, kind)) {
            progress.started(kind);
            ResolutionSummary summary = batch(by, kind);
            progress.finished(kind);
            return summary;
        }
    }

    private ResolutionSummary batch(LedgerActor by, RecordKind kind) {
        long started = System.nanoTime();
        UUID run = UUID.randomUUID();
        List<Particulars> all = people.all(kind);
        List<PersonRecord> records = all.stream().map(ParticularsRecords::of).toList();
        Map<String, String> before = byText(identities.identities(kind));
        Map<String, String> after = new HashMap<>();
        List<PairRow> review = List.of();
        List<ClusterLink> joins = List.of();
        String model = null;
        if (records.size() >= 2) {
            progress.stage(kind, "TRAINING", records.size());
            Resolver resolver = Resolver.train(records, properties.settings());
            progress.stage(kind, "RESOLVING", records.size());
            Resolution resolution = resolver.resolveBatch(records, identities.decisions(kind));
            model = resolver.model().toJson();
            after.putAll(resolution.clusterOf());
            review = reviewRows(kind, resolver, resolution.reviewQueue(), records);
            joins = resolution.links();
        } else {
            all.forEach(record -> after.put(record.id().toString(), record.id().toString()));
        }
        List<BatchWrites.Part> parts = BatchWrites.plan(before, after, links.all(kind), joins,
                properties.chunkSize());
        ReviewChanges queue = ReviewChanges.between(identities.waitingPairs(kind), review);
        progress.writing(kind, parts.stream().mapToLong(BatchWrites.Part::size).sum() + queue.size());
        Map<String, Set<String>> membersAfter = members(after);
        for (int at = 0; at < parts.size(); at++) {
            writePart(by, kind, run, at + 1, parts.get(at), before, membersAfter);
            progress.written(kind, parts.get(at).size());
        }
        for (ReviewChanges.Part part : queue.parts(properties.chunkSize())) {
            transaction.executeWithoutResult(status -> {
                identities.lockKindWithinBatch(kind);
                identities.deleteWaitingPairs(part.removed());
                identities.rescore(part.rescored());
                identities.insertReviewPairs(kind, part.added(), clock.instant());
                ledger.append(new LedgerRecord(by, "REVIEW_QUEUE_RESCORED", "RESOLUTION", kind.name(), Map.of(
                        "run", run.toString(), "added", part.added().size(), "removed", part.removed().size(),
                        "rescored", part.rescored().size())));
            });
            progress.written(kind, part.size());
        }
        int identityCount = new HashSet<>(after.values()).size();
        int reviewPairs = review.size();
        String trained = model;
        transaction.executeWithoutResult(status -> {
            identities.lockKindWithinBatch(kind);
            if (trained != null) {
                identities.saveModel(kind, trained, records.size(), clock.instant());
            }
            identities.clearPending(kind, all.stream().map(Particulars::id).toList());
            ledger.append(new LedgerRecord(by, "RESOLUTION_RUN", "RESOLUTION", kind.name(), Map.of("run",
                    run.toString(), "records", records.size(), "identities", identityCount, "reviewPairs",
                    reviewPairs, "parts", parts.size())));
        });
        return new ResolutionSummary(kind, records.size(), identityCount, reviewPairs,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One part of a batch run's identities and links, with its ledger entry and the announcements of its joins. */
    private void writePart(LedgerActor by, RecordKind kind, UUID run, int number, BatchWrites.Part part,
                           Map<String, String> before, Map<String, Set<String>> membersAfter) {
        transaction.executeWithoutResult(status -> {
            identities.lockKindWithinBatch(kind);
            if (!part.identities().isEmpty()) {
                identities.saveIdentities(kind, byUuid(part.identities()), clock.instant());
            }
            links.remove(kind, part.removedLinks());
            links.add(kind, part.addedLinks(), clock.instant());
            ledger.append(new LedgerRecord(by, "RESOLUTION_RUN_PART", "RESOLUTION", kind.name(), Map.of("run",
                    run.toString(), "part", number, "records", part.identities().size(), "identities",
                    new HashSet<>(part.identities().values()).size(), "linksAdded", part.addedLinks().size(),
                    "linksRemoved", part.removedLinks().size())));
            announceChanged(kind, before, part.identities(), membersAfter, "resolved together in a batch run");
        });
    }

    /**
     * Resolves the next chunk of waiting records of each kind, so that a stream of one kind never holds up the other;
     * a kind that needs its model trained again is run as a batch instead.
     */
    int resolvePending() {
        int resolved = 0;
        for (RecordKind kind : RecordKind.values()) {
            resolved += resolveChunk(kind);
        }
        return resolved;
    }

    /**
     * Resolves up to {@code chunkSize} waiting records of the kind. The records are read and resolved outside any
     * transaction, against the kind's copy in memory; what that changed is written in one short transaction, which
     * first checks that nothing changed the kind meanwhile (its generation) and that the records still wait. If
     * something did, the chunk is resolved again, at most {@link #ATTEMPTS} times in one call.
     *
     * @return how many records it resolved
     */
    private int resolveChunk(RecordKind kind) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (identities.batchUnderWay(kind)) {
                return 0;
            }
            List<UUID> pending = identities.oldestPending(kind, properties.chunkSize());
            if (pending.isEmpty()) {
                return 0;
            }
            KnownRecords.Known known = knownRecords.current(kind);
            // Resolved records that are not void, and those waiting: every record but the void ones waiting.
            int records = known.records().size() + identities.pendingCount(kind);
            if (known.model().isEmpty() || records >= known.model().get().trainingRecords() * RETRAIN_GROWTH) {
                if (records < properties.minimumRecords()) {
                    return 0;
                }
                runBatch(SYSTEM, kind);
                return pending.size();
            }
            Chunk chunk = resolve(kind, pending, known, Resolver.withModel(known.model().get(),
                    properties.settings()));
            Long generation = transaction.execute(status -> write(kind, chunk, status));
            if (generation != null) {
                knownRecords.resolved(kind, known.generation(), generation, chunk.arriving(), chunk.changed());
                return pending.size();
            }
        }
        return 0;
    }

    /** A chunk resolved in memory, and what it changes: the new identity of each record whose identity changed. */
    private record Chunk(List<UUID> pending, KnownRecords.Known known, List<PersonRecord> arriving,
                         Resolution resolution, Map<String, String> changed, List<PairRow> review) {
    }

    /** Resolves waiting records against the kind's copy in memory, reading only the waiting records themselves. */
    private Chunk resolve(RecordKind kind, List<UUID> pending, KnownRecords.Known known, Resolver resolver) {
        Map<String, String> before = known.clusterOf();
        List<PersonRecord> arriving = people.of(kind, pending).stream()
                .filter(record -> !before.containsKey(record.id().toString())).map(ParticularsRecords::of)
                .sorted(Comparator.comparing(PersonRecord::id)).toList();
        Resolution resolution = resolver.resolveIncrementally(new Resolution(known.records(), before, List.of(),
                List.of(), List.of(), List.of()), arriving, identities.decisions(kind));
        Map<String, String> changed = new HashMap<>();
        resolution.clusterOf().forEach((record, identity) -> {
            if (!identity.equals(before.get(record))) {
                changed.put(record, identity);
            }
        });
        return new Chunk(pending, known, arriving, resolution, changed, reviewRows(kind, resolver,
                resolution.reviewQueue(), resolution.records()));
    }

    /**
     * Writes what a chunk changed: each new record's identity, those of the records a merge moved, the links it made,
     * the pairs with a new record that wait for review, and the announcements of its joins.
     *
     * @return the kind's generation after the change; null, having written nothing, if the kind changed since the
     *     chunk read it, a batch run is under way, or another run took some of its records
     */
    private Long write(RecordKind kind, Chunk chunk, TransactionStatus status) {
        if (!identities.lockKindUnlessInBatch(kind) || identities.generation(kind) != chunk.known().generation()) {
            return null;
        }
        if (identities.clearPending(kind, chunk.pending()) != chunk.pending().size()) {
            status.setRollbackOnly();
            return null;
        }
        Instant now = clock.instant();
        long generation = chunk.changed().isEmpty() ? chunk.known().generation()
                : identities.saveIdentities(kind, byUuid(chunk.changed()), now);
        links.add(kind, chunk.resolution().links(), now);
        identities.insertReviewPairs(kind, chunk.review(), now);
        announceChanged(kind, chunk.known().clusterOf(), chunk.changed(), members(chunk.resolution().clusterOf()),
                "matched as records arrived");
        return generation;
    }

    Optional<ResolutionRunProgress> progress(RecordKind kind) {
        return progress.latest(kind);
    }

    private List<PairRow> reviewRows(RecordKind kind, Resolver resolver, List<ScoredPair> queue,
                                     List<PersonRecord> records) {
        Map<String, PersonRecord> byId = records.stream()
                .collect(Collectors.toMap(PersonRecord::id, Function.identity(), (a, b) -> a));
        Instant now = clock.instant();
        return queue.stream().map(scored -> new PairRow(UUID.randomUUID(), kind,
                UUID.fromString(scored.pair().first()), UUID.fromString(scored.pair().second()),
                scored.probability(), PairExplanations.write(resolver.compare(byId.get(scored.pair().first()),
                byId.get(scored.pair().second()))), MatchStatus.REVIEW, now, null, null, null)).toList();
    }

    /**
     * Announces each identity that gained records, so that new links are checked against closed cases.
     *
     * @param changed the new identity of each record whose identity changed
     * @param membersAfter the records of each identity after the change
     */
    private void announceChanged(RecordKind kind, Map<String, String> before, Map<String, String> changed,
                                 Map<String, Set<String>> membersAfter, String reason) {
        Set<String> gained = new TreeSet<>();
        changed.forEach((record, identity) -> {
            if (!identity.equals(before.get(record)) && membersAfter.get(identity).size() > 1) {
                gained.add(identity);
            }
        });
        gained.forEach(identity -> events.publishEvent(new IdentitiesLinked(kind, identity,
                membersAfter.get(identity).stream().map(UUID::fromString).collect(Collectors.toSet()), reason)));
    }

    private static Map<String, Set<String>> members(Map<String, String> clusterOf) {
        Map<String, Set<String>> members = new HashMap<>();
        clusterOf.forEach((record, identity) -> members.computeIfAbsent(identity, key -> new HashSet<>())
                .add(record));
        return members;
    }

    private static Map<String, String> byText(Map<UUID, String> identityOf) {
        Map<String, String> byText = new HashMap<>(identityOf.size() * 2);
        identityOf.forEach((record, identity) -> byText.put(record.toString(), identity));
        return byText;
    }

    private static Map<UUID, String> byUuid(Map<String, String> identityOf) {
        Map<UUID, String> byUuid = new HashMap<>(identityOf.size() * 2);
        identityOf.forEach((record, identity) -> byUuid.put(ParticularsRecords.id(record), identity));
        return byUuid;
    }
}
