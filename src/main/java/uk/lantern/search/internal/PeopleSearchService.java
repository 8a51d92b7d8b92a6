package uk.lantern.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecords;
import uk.lantern.identity.RecordRef;
import uk.lantern.intelligence.PeopleInEvidence;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.NameComparisons;
import uk.lantern.resolution.RecordSource;
import uk.lantern.resolution.RecordSources;
import uk.lantern.search.PeopleSearch;
import uk.lantern.search.SearchRecordView;
import uk.lantern.search.SearchRequest;
import uk.lantern.search.SearchResultView;
import uk.lantern.search.SearchResultsView;
import uk.lantern.search.internal.CandidateRecords.Candidate;

/**
 * Finds candidates through the indexes, scores their names, then asks the access policy about the best of them in
 * turn, as a single read of each would, until enough are shown (decision 0900-search). Adults' records are shown only
 * where intelligence the searcher may see names them, so that a search never says that a report they may not read
 * exists.
 */
@Service
class PeopleSearchService implements PeopleSearch {

    /** Records of each kind read from the indexes at most; more means the search should be narrowed. */
    static final int CANDIDATES = 1000;
    /**
     * Records whose access is decided at most, best first: a broad name in a national database stops here, as each
     * decision reads what the record's owner knows of it.
     */
    static final int DECIDED = 150;
    /** Records shown at most. */
    static final int SHOWN = 25;
    private static final int DECIDED_AT_ONCE = 25;
    static final String PURPOSE = "Searching for a person";

    private final CandidateRecords candidates;
    private final NameComparisons names;
    private final PeopleInEvidence evidence;
    private final ProtectedRecords protectedRecords;
    private final AccessPolicy policy;
    private final Identities identities;
    private final Directory directory;
    private final List<RecordSources> sources;
    private final Ledger ledger;
    private final Areas areas;

    PeopleSearchService(CandidateRecords candidates, NameComparisons names, PeopleInEvidence evidence,
                        ProtectedRecords protectedRecords, AccessPolicy policy, Identities identities,
                        Directory directory, List<RecordSources> sources, Ledger ledger, Areas areas) {
        this.candidates = candidates;
        this.names = names;
        this.evidence = evidence;
        this.protectedRecords = protectedRecords;
        this.policy = policy;
        this.identities = identities;
        this.directory = directory;
        this.sources = sources;
        this.ledger = ledger;
        this.areas = areas;
    }

    private record Scored(Candidate candidate, double score) {
    }

    private record Shown(Candidate candidate, ProtectedRecord record) {
    }

    @Override
    @Transactional
    public SearchResultsView search(Actor actor, SearchRequest request) {
        SearchCriteria criteria = SearchCriteria.read(request);
        Ranked ranked = ranked(actor, criteria);
        List<Shown> shown = new ArrayList<>();
        int decided = 0;
        while (decided < ranked.matches().size() && decided < DECIDED && shown.size() < SHOWN) {
            List<Scored> batch = ranked.matches().subList(decided,
                    Math.min(ranked.matches().size(), decided + DECIDED_AT_ONCE));
            decided += batch.size();
            List<Shown> described = batch.stream().flatMap(found -> protectedRecords.find(ref(found.candidate()))
                    .map(record -> new Shown(found.candidate(), record)).stream()).toList();
            shown.addAll(policy.readable(actor, described, Shown::record));
        }
        boolean narrower = ranked.more() || decided < ranked.matches().size() || shown.size() > SHOWN;
        if (shown.size() > SHOWN) {
            shown = shown.subList(0, SHOWN);
        }
        List<SearchResultView> results = grouped(shown);
        ledger.append(new LedgerRecord(actor, "SEARCH_READ", "LIST", "SEARCH", Map.of("purpose", PURPOSE,
                "criteria", criteria.described(),
                "records", shown.stream().map(found -> ref(found.candidate()).toString()).toList())));
        return new SearchResultsView(criteria.described(), results, narrower);
    }

    /**
     * The candidates whose names agree, best first, without adults unknown to the actor.
     *
     * @param more whether the indexes held more candidates than were read
     */
    private record Ranked(List<Scored> matches, boolean more) {
    }

    private Ranked ranked(Actor actor, SearchCriteria criteria) {
        NameScore nameScore = new NameScore(names, criteria.nameWords());
        Sought sought = sought(actor, criteria);
        boolean more = false;
        List<Scored> scored = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            List<Candidate> found = candidates.find(kind, sought.in(kind), CANDIDATES + 1);
            more |= found.size() > CANDIDATES;
            for (Candidate candidate : found.subList(0, Math.min(found.size(), CANDIDATES))) {
                OptionalDouble score = nameScore.of(candidate.firstName(), candidate.surname());
                if (score.isPresent()) {
                    scored.add(new Scored(candidate, score.getAsDouble()));
                }
            }
        }
        // Among equal matches, children of the searcher's own area first: they are the ones most often sought, and
        // most often readable, so fewer decisions are spent on namesakes elsewhere. The policy still decides each.
        Set<String> ownArea = Set.of(sought.ownAreas());
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(found -> found.candidate().areaCode() == null
                        || !ownArea.contains(found.candidate().areaCode()))
                .thenComparing(found -> found.candidate().surname(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(found -> found.candidate().firstName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(found -> found.candidate().id()));
        return new Ranked(withoutAdultsUnknownTo(actor, scored), more);
    }

    /**
     * The criteria as the indexes are asked: the name's sound codes and initials, and the people intelligence the
     * actor may see links to the phone or vehicle, worked out once for both kinds of record.
     */
    private record Sought(SearchCriteria criteria, String[] nameWords, String[] nameCodes, String[] initials,
                          String[] ownAreas, List<SubjectRef> onPhone, List<SubjectRef> inVehicle) {

        CandidateRecords.Wanted in(RecordKind kind) {
            return new CandidateRecords.Wanted(nameWords, nameCodes, initials, criteria.nameWords().size() == 1,
                    ownAreas, criteria.dateOfBirth(), criteria.nhsNumber(), criteria.postcode(),
                    criteria.phone() == null ? null : PhoneKeys.digitForms(criteria.phone()), ofKind(onPhone, kind),
                    ofKind(inVehicle, kind));
        }

        private static List<UUID> ofKind(List<SubjectRef> people, RecordKind kind) {
            SubjectType type = kind == RecordKind.CHILD ? SubjectType.CHILD : SubjectType.PERSON;
            return people == null ? null : people.stream().filter(ref -> ref.type() == type).map(SubjectRef::id)
                    .toList();
        }
    }

    private Sought sought(Actor actor, SearchCriteria criteria) {
        String[] words = null;
        String[] codes = null;
        String[] initials = null;
        if (!criteria.nameWords().isEmpty()) {
            words = criteria.nameWords().stream().map(names::normalise).filter(java.util.Objects::nonNull)
                    .toArray(String[]::new);
            Set<String> spellings = new LinkedHashSet<>();
            for (String word : criteria.nameWords()) {
                // As typed too: PostgreSQL codes a name with accents (Štefan) as written, and so do its indexes.
                spellings.add(word);
                Optional.ofNullable(names.normalise(word)).ifPresent(spellings::add);
                spellings.addAll(names.variantsOf(word));
            }
            codes = candidates.soundCodes(spellings);
            initials = spellings.stream().map(spelling -> spelling.substring(0, 1)).distinct()
                    .toArray(String[]::new);
        }
        return new Sought(criteria, words, codes, initials,
                areas.localAuthoritiesCoveredBy(actor.areaCode()).toArray(String[]::new),
                criteria.phone() == null ? null : evidence.peopleLinkedTo(actor, SubjectType.PHONE, criteria.phone()),
                criteria.vehicle() == null ? null
                        : evidence.peopleLinkedTo(actor, SubjectType.VEHICLE, criteria.vehicle()));
    }

    /**
     * Adults are known to Lantern through intelligence: one that no evidence the searcher may see names is left out
     * before the policy is asked, as showing them would say that someone holds intelligence about them.
     */
    private List<Scored> withoutAdultsUnknownTo(Actor actor, List<Scored> scored) {
        List<UUID> adults = scored.stream().filter(found -> found.candidate().kind() == RecordKind.PERSON)
                .map(found -> found.candidate().id()).toList();
        if (adults.isEmpty()) {
            return scored;
        }
        Set<UUID> known = evidence.adultsNamedInEvidenceSeenBy(actor, adults);
        return scored.stream().filter(found -> found.candidate().kind() == RecordKind.CHILD
                || known.contains(found.candidate().id())).toList();
    }

    /** One result per resolved identity, in the order of its best record. */
    private List<SearchResultView> grouped(List<Shown> shown) {
        Map<RecordKind, Map<UUID, String>> identityOf = new HashMap<>();
        Map<RecordKind, Map<UUID, List<RecordSource>>> origins = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            List<UUID> ids = shown.stream().filter(found -> found.candidate().kind() == kind)
                    .map(found -> found.candidate().id()).toList();
            identityOf.put(kind, ids.isEmpty() ? Map.of() : identities.identityOf(kind, ids));
            Map<UUID, List<RecordSource>> kindOrigins = new HashMap<>();
            if (!ids.isEmpty()) {
                sources.forEach(source -> kindOrigins.putAll(source.sourcesOf(kind, ids)));
            }
            origins.put(kind, kindOrigins);
        }
        Map<AgencyId, String> agencyNames = new HashMap<>();
        Map<String, List<Shown>> groups = new LinkedHashMap<>();
        for (Shown found : shown) {
            Candidate candidate = found.candidate();
            String identity = identityOf.get(candidate.kind()).getOrDefault(candidate.id(), candidate.id().toString());
            groups.computeIfAbsent(candidate.kind() + "/" + identity, key -> new ArrayList<>()).add(found);
        }
        List<SearchResultView> results = new ArrayList<>();
        groups.forEach((key, members) -> {
            Candidate best = members.get(0).candidate();
            results.add(new SearchResultView(key.substring(key.indexOf('/') + 1), best.kind().name(),
                    best.fullName(), members.stream().map(found -> view(found,
                    origins.get(found.candidate().kind()).getOrDefault(found.candidate().id(), List.of()),
                    agencyNames)).toList()));
        });
        return results;
    }

    /**
     * @param agencyNames the names of agencies looked up so far in this search, filled as they are met: the records
     *     shown share a few agencies
     */
    private SearchRecordView view(Shown found, List<RecordSource> recordSources, Map<AgencyId, String> agencyNames) {
        Candidate candidate = found.candidate();
        List<String> agencies = found.record().agencyIds().stream()
                .map(agency -> agencyNames.computeIfAbsent(agency, id -> directory.agency(id).map(AgencyView::name)
                        .orElse(null)))
                .filter(java.util.Objects::nonNull).sorted().toList();
        return new SearchRecordView(candidate.kind().name(), candidate.id().toString(), candidate.fullName(),
                candidate.dateOfBirth(), candidate.postcode(), agencies,
                recordSources.stream().map(source -> source.system() + " " + source.id()).toList(),
                candidate.kind() == RecordKind.CHILD ? "/children/" + candidate.id() : null);
    }

    private static RecordRef ref(Candidate candidate) {
        return new RecordRef(candidate.kind().name(), candidate.id().toString());
    }
}
