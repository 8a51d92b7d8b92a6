package uk.lantern.resolution.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.RecordRef;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.Particulars;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.ClusterLink;
import uk.lantern.resolution.IdentitiesLinked;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.IdentityView;
import uk.lantern.resolution.MatchStatus;
import uk.lantern.resolution.MatchView;
import uk.lantern.resolution.PairComparison;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.RecordPair;
import uk.lantern.resolution.Resolution;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionProperties;
import uk.lantern.resolution.ResolutionRunProgress;
import uk.lantern.resolution.ResolutionSummary;
import uk.lantern.resolution.ResolvedRecord;
import uk.lantern.resolution.Resolver;
import uk.lantern.resolution.ReviewQueue;
import uk.lantern.resolution.WaitingMatch;
import uk.lantern.resolution.internal.IdentityRepository.PairRow;
import uk.lantern.resolution.internal.ReviewPriorities.Prioritised;

@Service
class IdentityService implements Identities {

    static final String PAIR = "MATCH_PAIR";
    static final int MAX_REASON = 2000;
    static final int MAX_PAGE = 500;
    static final int SEARCH_LIMIT = 25;

    private final IdentityRepository identities;
    private final PeopleRecords people;
    private final ResolutionProperties properties;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final Clock clock;
    private final RecordAccess access;
    private final ReviewPriorities priorities;
    private final IdentityHistory history;
    private final IdentityLinks links;
    private final ResolutionRuns runs;

    IdentityService(IdentityRepository identities, PeopleRecords people, ResolutionProperties properties,
                    ApplicationEventPublisher events, Ledger ledger, Clock clock, RecordAccess access,
                    ReviewPriorities priorities, IdentityHistory history, IdentityLinks links, ResolutionRuns runs) {
        this.identities = identities;
        this.people = people;
        this.properties = properties;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
        this.access = access;
        this.priorities = priorities;
        this.history = history;
        this.links = links;
        this.runs = runs;
    }

    @Override
    public ResolutionSummary runBatch(LedgerActor by, RecordKind kind) {
        return runs.runBatch(by, kind);
    }

    @Override
    public int resolvePending() {
        return runs.resolvePending();
    }

    @Override
    public Optional<ResolutionRunProgress> runProgress(RecordKind kind) {
        return runs.progress(kind);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> identityOf(RecordKind kind, Collection<UUID> records) {
        Map<UUID, String> found = identities.identitiesOf(kind, records);
        records.forEach(record -> found.putIfAbsent(record, record.toString()));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Set<UUID>> recordsTogether(RecordKind kind) {
        Map<String, Set<UUID>> byIdentity = new HashMap<>();
        identities.identities(kind).forEach((record, identity) -> byIdentity
                .computeIfAbsent(identity, key -> new HashSet<>()).add(record));
        return byIdentity.values().stream().filter(records -> records.size() > 1).toList();
    }

    @Override
    @Transactional
    public ReviewQueue reviewQueue(Actor analyst, RecordKind kind, int page, int pageSize) {
        requireAnalyst(analyst);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        List<PairRow> waiting = identities.reviewPairs(kind);
        Map<UUID, ProtectedRecord> records = access.protectedRecords(kind, recordsOf(waiting));
        Set<UUID> visible = records.entrySet().stream().filter(record -> access.maySee(analyst, record.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<Prioritised> ordered = priorities.order(analyst, kind, waiting.stream()
                .filter(pair -> visible.contains(pair.first()) && visible.contains(pair.second())).toList(), records);
        int at = Math.max(1, Math.min(page, (ordered.size() + size - 1) / size));
        List<Prioritised> shown = ordered.subList(Math.min((at - 1) * size, ordered.size()),
                Math.min(at * size, ordered.size()));
        List<Particulars> particulars = people.of(kind, recordsOf(shown.stream().map(Prioritised::pair).toList()));
        // The queue names people, so showing it is a read of their records: one entry names them all, as the
        // triage queue's does.
        ledger.append(new LedgerRecord(analyst, "MATCH_QUEUE_READ", "MATCH_QUEUE", kind.name(), Map.of("page", at,
                "records", particulars.stream().map(record -> record.id().toString()).sorted().toList())));
        Map<UUID, ResolvedRecord> described = byId(access.describe(kind, particulars, records));
        // A record voided since the pair was found has no particulars left to show.
        return new ReviewQueue(shown.stream().filter(item -> described.containsKey(item.pair().first())
                && described.containsKey(item.pair().second())).map(item -> view(item, described)).toList(), at, size,
                ordered.size());
    }

    @Override
    @Transactional
    public MatchView match(Actor analyst, UUID matchId) {
        requireAnalyst(analyst);
        return shown(analyst, identities.pair(matchId, false).orElseThrow(() -> new RecordNotFoundException(PAIR)),
                "Comparing two records for a match");
    }

    @Override
    @Transactional
    public MatchView decide(Actor analyst, UUID matchId, boolean accept, String reason) {
        requireAnalyst(analyst);
        PairRow found = identities.pair(matchId, false).orElseThrow(() -> new RecordNotFoundException(PAIR));
        access.requireMaySee(analyst, found.kind(), List.of(found.first(), found.second()));
        // The kind's lock comes before the pair's row lock, in the order a batch run takes them.
        identities.lockKind(found.kind());
        PairRow pair = identities.pair(matchId, true).orElseThrow(() -> new RecordNotFoundException(PAIR));
        String why = reason(reason);
        if (pair.status() != MatchStatus.REVIEW) {
            throw new InvalidInputException("match", "This pair was already " + pair.status().name().toLowerCase());
        }
        MatchStatus status = accept ? MatchStatus.ACCEPTED : MatchStatus.REJECTED;
        identities.decide(matchId, status, analyst.username(), why, clock.instant());
        ledger.append(new LedgerRecord(analyst, "MATCH_" + status.name(), PAIR, matchId.toString(), Map.of(
                "kind", pair.kind().name(), "first", pair.first().toString(), "second", pair.second().toString(),
                "probability", pair.probability(), "reason", why)));
        if (accept) {
            joinIdentities(analyst, pair.kind(), pair.first(), pair.second(), why, pair.probability());
        } else {
            splitIfTogether(analyst, pair.kind(), pair.first(), pair.second(), why);
        }
        return shown(analyst, identities.pair(matchId, false).orElseThrow(), "Deciding a match");
    }

    @Override
    @Transactional
    public IdentityView merge(Actor analyst, RecordKind kind, UUID oneRecord, UUID otherRecord, String reason) {
        requireAnalyst(analyst);
        String why = reason(reason);
        requireRecord(oneRecord, "record");
        requireRecord(otherRecord, "otherRecord");
        if (oneRecord.equals(otherRecord)) {
            throw new InvalidInputException("otherRecord", "Choose two different records");
        }
        access.requireMaySee(analyst, kind, List.of(oneRecord, otherRecord));
        identities.lockKind(kind);
        RecordPair pair = RecordPair.of(oneRecord.toString(), otherRecord.toString());
        Map<UUID, Particulars> records = particulars(kind, List.of(oneRecord, otherRecord));
        UUID first = UUID.fromString(pair.first());
        UUID second = UUID.fromString(pair.second());
        PairComparison comparison = resolver(kind).compare(ParticularsRecords.of(records.get(first)),
                ParticularsRecords.of(records.get(second)));
        identities.pair(kind, first, second).ifPresentOrElse(
                existing -> identities.decide(existing.id(), MatchStatus.ACCEPTED, analyst.username(), why,
                        clock.instant()),
                () -> identities.insertPair(new PairRow(UUID.randomUUID(), kind, first, second, -1,
                        explanation(comparison), MatchStatus.ACCEPTED, clock.instant(), analyst.username(),
                        clock.instant(), why)));
        return identity(analyst, kind, joinIdentities(analyst, kind, oneRecord, otherRecord, why,
                comparison.probability()));
    }

    @Override
    @Transactional
    public IdentityView unmerge(Actor analyst, RecordKind kind, UUID record, String reason) {
        requireAnalyst(analyst);
        String why = reason(reason);
        requireRecord(record, "record");
        identities.lockKind(kind);
        String identity = identityOf(kind, List.of(record)).get(record);
        List<UUID> members = identities.membersOf(kind, identity);
        if (members.size() < 2) {
            throw new InvalidInputException("record", "The record is not merged with any other");
        }
        access.requireMaySee(analyst, kind, members);
        Map<UUID, Particulars> records = particulars(kind, members);
        Resolver resolver = resolver(kind);
        for (UUID other : members) {
            if (other.equals(record)) {
                continue;
            }
            RecordPair pair = RecordPair.of(record.toString(), other.toString());
            UUID first = UUID.fromString(pair.first());
            UUID second = UUID.fromString(pair.second());
            identities.pair(kind, first, second).ifPresentOrElse(
                    existing -> identities.decide(existing.id(), MatchStatus.REJECTED, analyst.username(), why,
                            clock.instant()),
                    () -> identities.insertPair(new PairRow(UUID.randomUUID(), kind, first, second, -1,
                            explanation(resolver.compare(ParticularsRecords.of(records.get(first)),
                                    ParticularsRecords.of(records.get(second)))), MatchStatus.REJECTED,
                            clock.instant(), analyst.username(), clock.instant(), why)));
        }
        resplit(analyst, kind, identity, record, why);
        return identity(analyst, kind, identityOf(kind, List.of(record)).get(record));
    }

    @Override
    @Transactional
    public IdentityView identity(Actor analyst, RecordKind kind, String identityId) {
        requireAnalyst(analyst);
        List<UUID> members = membersOrUnresolvedRecord(kind, identityId);
        Map<UUID, ProtectedRecord> protectedRecords = access.protectedRecords(kind, members);
        List<UUID> visible = members.stream()
                .filter(member -> access.maySee(analyst, protectedRecords.get(member))).toList();
        if (visible.isEmpty()) {
            access.refuse(analyst, protectedRecords.get(members.get(0)));
        }
        List<Particulars> records = new ArrayList<>(particulars(kind, visible).values());
        List<PairComparison> pairs = new ArrayList<>();
        if (records.size() > 1 && identities.model(kind).isPresent()) {
            Resolver resolver = resolver(kind);
            for (int i = 0; i < records.size(); i++) {
                for (int j = i + 1; j < records.size(); j++) {
                    pairs.add(resolver.compare(ParticularsRecords.of(records.get(i)),
                            ParticularsRecords.of(records.get(j))));
                }
            }
        }
        return new IdentityView(identityId, kind, access.show(analyst, kind, records, protectedRecords,
                "Viewing an identity"), members.size() - visible.size(), links.among(kind, visible), pairs,
                history.of(kind, identityId, members));
    }

    @Override
    @Transactional
    public List<ResolvedRecord> search(Actor analyst, RecordKind kind, String name) {
        requireAnalyst(analyst);
        String text = name == null ? "" : name.strip();
        if (text.length() < 2 || text.length() > 200) {
            throw new InvalidInputException("search", "Enter 2 to 200 letters of a name to search for");
        }
        List<Particulars> found = people.named(kind, text, SEARCH_LIMIT);
        Map<UUID, ProtectedRecord> protectedRecords = access.protectedRecords(kind,
                found.stream().map(Particulars::id).toList());
        List<Particulars> visible = found.stream()
                .filter(record -> access.maySee(analyst, protectedRecords.get(record.id()))).toList();
        return access.show(analyst, kind, visible, protectedRecords, "Searching for a record to merge");
    }

    /** An identity's records; a record never resolved is its own identity, under its own id. */
    private List<UUID> membersOrUnresolvedRecord(RecordKind kind, String identityId) {
        List<UUID> members = identities.membersOf(kind, identityId);
        if (!members.isEmpty()) {
            return members;
        }
        try {
            UUID record = UUID.fromString(identityId);
            if (identities.identitiesOf(kind, List.of(record)).isEmpty()
                    && !people.of(kind, List.of(record)).isEmpty()) {
                return List.of(record);
            }
        } catch (IllegalArgumentException notARecordId) {
            // an identity id that is not a record's: there is no such identity
        }
        throw new RecordNotFoundException("IDENTITY");
    }

    /**
     * Puts two records' identities together; the identity with more records keeps its id.
     *
     * @param probability the model's probability for the pair, recorded with the join
     */
    private String joinIdentities(LedgerActor by, RecordKind kind, UUID one, UUID other, String reason,
                                  double probability) {
        Map<UUID, String> of = identityOf(kind, List.of(one, other));
        String a = of.get(one);
        String b = of.get(other);
        if (a.equals(b)) {
            return a;
        }
        List<UUID> aMembers = members(kind, a, one);
        List<UUID> bMembers = members(kind, b, other);
        boolean aSurvives = aMembers.size() > bMembers.size()
                || aMembers.size() == bMembers.size() && a.compareTo(b) < 0;
        String survivor = aSurvives ? a : b;
        String absorbed = aSurvives ? b : a;
        Map<UUID, String> moved = new HashMap<>();
        aMembers.forEach(record -> moved.put(record, survivor));
        bMembers.forEach(record -> moved.put(record, survivor));
        identities.saveIdentities(kind, moved, clock.instant());
        links.add(kind, List.of(new ClusterLink(one.toString(), other.toString(), ClusterLink.LinkReason.ACCEPTED,
                probability, null, 0)), clock.instant());
        ledger.append(new LedgerRecord(by, "IDENTITY_MERGED", kind.name(), one.toString(), Map.of(
                "survivor", survivor, "absorbed", absorbed, "records", moved.size(), "reason", reason)));
        events.publishEvent(new IdentitiesLinked(kind, survivor, moved.keySet(), "merged by analyst: " + reason));
        return survivor;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> sameIdentity(RecordKind kind, UUID record) {
        List<UUID> together = new ArrayList<>(List.of(record));
        identities.identitiesOf(kind, List.of(record)).values().forEach(identity -> identities.membersOf(kind, identity)
                .stream().filter(member -> !member.equals(record)).forEach(together::add));
        return together;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingMatch> waitingMatches(RecordKind kind, Collection<UUID> records) {
        return records.isEmpty() ? List.of() : identities.waitingMatches(kind, records);
    }

    @Override
    @Transactional
    public UUID askToJoin(Actor requester, RecordKind kind, UUID record, UUID otherRecord, String reason) {
        String why = reason(reason);
        requireRecord(record, "record");
        requireRecord(otherRecord, "otherRecord");
        if (record.equals(otherRecord)) {
            throw new InvalidInputException("otherRecord", "Choose two different records");
        }
        access.requireMaySee(requester, kind, List.of(record, otherRecord));
        identities.lockKind(kind);
        if (sameIdentity(kind, record).contains(otherRecord)) {
            throw new InvalidInputException("otherRecord", "The records are already joined as one person");
        }
        RecordPair pair = RecordPair.of(record.toString(), otherRecord.toString());
        UUID first = UUID.fromString(pair.first());
        UUID second = UUID.fromString(pair.second());
        PairRow asked = identities.pair(kind, first, second).orElseGet(() -> {
            Map<UUID, Particulars> records = particulars(kind, List.of(first, second));
            PairComparison comparison = resolver(kind).compare(ParticularsRecords.of(records.get(first)),
                    ParticularsRecords.of(records.get(second)));
            PairRow added = new PairRow(UUID.randomUUID(), kind, first, second, comparison.probability(),
                    explanation(comparison), MatchStatus.REVIEW, clock.instant(), null, null, null);
            identities.insertPair(added);
            return added;
        });
        if (asked.status() != MatchStatus.REVIEW) {
            throw new InvalidInputException("otherRecord", "An analyst already " + asked.status().name()
                    .toLowerCase() + " this pair");
        }
        identities.markRequested(asked.id(), requester.username(), why, clock.instant());
        ledger.append(new LedgerRecord(requester, "MATCH_REVIEW_REQUESTED", PAIR, asked.id().toString(), Map.of(
                "kind", kind.name(), "first", first.toString(), "second", second.toString(), "reason", why)));
        return asked.id();
    }

    /** The members of an identity; a record never resolved is its own identity. */
    private List<UUID> members(RecordKind kind, String identity, UUID record) {
        List<UUID> members = identities.membersOf(kind, identity);
        return members.isEmpty() ? List.of(record) : members;
    }

    private void splitIfTogether(LedgerActor by, RecordKind kind, UUID one, UUID other, String reason) {
        Map<UUID, String> of = identityOf(kind, List.of(one, other));
        if (of.get(one).equals(of.get(other))) {
            resplit(by, kind, of.get(one), one, reason);
        }
    }

    /**
     * Resolves an identity's records again, honouring every decision, and records the split as a change to the record
     * taken out (as a merge is recorded against the record merged), so that both identities' pages find it.
     */
    private void resplit(LedgerActor by, RecordKind kind, String identity, UUID takenOut, String reason) {
        List<UUID> members = identities.membersOf(kind, identity);
        List<PersonRecord> records = particulars(kind, members).values().stream().map(ParticularsRecords::of)
                .toList();
        Resolution split = resolver(kind).resolveBatch(records, identities.decisions(kind));
        Map<UUID, String> after = new HashMap<>();
        split.clusterOf().forEach((record, cluster) -> after.put(ParticularsRecords.id(record), cluster));
        identities.saveIdentities(kind, after, clock.instant());
        links.replaceAmong(kind, members, split.links(), clock.instant());
        ledger.append(new LedgerRecord(by, "IDENTITY_UNMERGED", kind.name(), takenOut.toString(), Map.of(
                "identity", identity, "into", new HashSet<>(after.values()).size(), "reason", reason)));
    }

    /** The kind's trained model, or until one is trained a model under which only analysts' decisions count. */
    private Resolver resolver(RecordKind kind) {
        return Resolver.withModel(usableModel(kind).orElseGet(ResolutionModel::untrained), properties.settings());
    }

    /** The kind's stored model, unless there is none or it no longer fits the engine's comparisons. */
    private Optional<ResolutionModel> usableModel(RecordKind kind) {
        return identities.model(kind).map(ResolutionModel::fromJson).filter(Resolver::canUse);
    }

    private Map<UUID, Particulars> particulars(RecordKind kind, Collection<UUID> records) {
        Map<UUID, Particulars> found = new LinkedHashMap<>();
        people.of(kind, records).forEach(record -> found.put(record.id(), record));
        if (found.size() < new HashSet<>(records).size()) {
            throw new InvalidInputException("record", "No " + kind.name().toLowerCase() + " record with that id");
        }
        return found;
    }

    /** A pair both of whose records the analyst must be allowed to see, each shown as a logged read. */
    private MatchView shown(Actor analyst, PairRow pair, String purpose) {
        List<UUID> both = List.of(pair.first(), pair.second());
        Map<UUID, ProtectedRecord> protectedRecords = access.protectedRecords(pair.kind(), both);
        access.requireMaySee(analyst, pair.kind(), both);
        Prioritised prioritised = priorities.order(analyst, pair.kind(), List.of(pair), protectedRecords).get(0);
        return view(prioritised, byId(access.show(analyst, pair.kind(),
                List.copyOf(particulars(pair.kind(), both).values()), protectedRecords, purpose)));
    }

    private static MatchView view(Prioritised item, Map<UUID, ResolvedRecord> records) {
        PairRow pair = item.pair();
        return new MatchView(pair.id(), pair.kind(), records.get(pair.first()), records.get(pair.second()),
                PairExplanations.read(pair.explanation()), pair.status(), pair.foundAt(), pair.decidedBy(),
                pair.decidedAt(), pair.reason(), item.priority(), item.detail());
    }

    private static Map<UUID, ResolvedRecord> byId(List<ResolvedRecord> records) {
        return records.stream().collect(Collectors.toMap(record -> record.particulars().id(), Function.identity()));
    }

    private static List<UUID> recordsOf(List<PairRow> pairs) {
        return pairs.stream().flatMap(pair -> java.util.stream.Stream.of(pair.first(), pair.second())).distinct()
                .toList();
    }

    private static String explanation(PairComparison comparison) {
        return PairExplanations.write(comparison);
    }

    private static void requireAnalyst(Actor actor) {
        if (!actor.can(Capability.REVIEW_MATCHES)) {
            throw new AccessRefusedException(new RecordRef("IDENTITY", "review"), false);
        }
    }

    private static void requireRecord(UUID record, String field) {
        if (record == null) {
            throw new InvalidInputException(field, "Give the record's id");
        }
    }

    private static String reason(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Give the reason, up to " + MAX_REASON + " characters");
        }
        return trimmed;
    }
}
