package uk.lantern.knowntoservices.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.casework.CaseAboutChild;
import uk.lantern.casework.CaseStatus;
import uk.lantern.casework.Cases;
import uk.lantern.identity.AccessDecision;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Capability;
import uk.lantern.identity.Directory;
import uk.lantern.identity.Operation;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecords;
import uk.lantern.identity.RecordLinks;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.RecordRef;
import uk.lantern.intelligence.ChildIntelligence;
import uk.lantern.intelligence.Intelligence;
import uk.lantern.intelligence.IntelligenceAboutChild;
import uk.lantern.intelligence.Visibility;
import uk.lantern.missing.EpisodeView;
import uk.lantern.missing.MissingEpisodes;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;
import uk.lantern.people.KnownItem;
import uk.lantern.people.KnownPicture;
import uk.lantern.people.KnownSection;
import uk.lantern.people.KnownSectionKind;
import uk.lantern.people.KnownToServices;
import uk.lantern.people.RecordKind;
import uk.lantern.referral.ReferralAboutChild;
import uk.lantern.referral.Referrals;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.WaitingMatch;

/**
 * Builds the known-to-services picture from each module's records about the child's resolved identity. Every item
 * passes the access policy as a single read of its record would (decision 0027), intelligence passes its handling
 * rules, and the picture shown is one {@code LIST_READ} entry naming every record in it.
 */
@Service
class KnownToServicesService implements KnownToServices {

    static final String LIST = "KNOWN_TO_SERVICES";
    static final String PURPOSE = "Known to services (MASH research)";
    /** All that is said of reports the viewer may not see: not how many, whose, when or what. */
    static final String RESTRICTED_HIT = "Known to police: ask the police MASH officer";

    private static final String CHILD = RecordKind.CHILD.name();
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Identities identities;
    private final Children children;
    private final Referrals referrals;
    private final Cases cases;
    private final MissingEpisodes missing;
    private final Intelligence intelligence;
    private final AccessPolicy policy;
    private final ProtectedRecords records;
    private final RecordLinks links;
    private final Directory directory;

    KnownToServicesService(Identities identities, Children children, Referrals referrals, Cases cases,
                           MissingEpisodes missing, Intelligence intelligence, AccessPolicy policy,
                           ProtectedRecords records, RecordLinks links, Directory directory) {
        this.identities = identities;
        this.children = children;
        this.referrals = referrals;
        this.cases = cases;
        this.missing = missing;
        this.intelligence = intelligence;
        this.policy = policy;
        this.records = records;
        this.links = links;
        this.directory = directory;
    }

    @Override
    @Transactional
    public KnownPicture about(Actor viewer, ChildId child) {
        requireReadable(viewer, child);
        List<ChildId> identity = identities.sameIdentity(RecordKind.CHILD, child.value()).stream()
                .map(ChildId::new).toList();
        Map<ChildId, ProtectedRecord> readable = readableChildRecords(viewer, identity);
        List<RecordRef> shown = new ArrayList<>();
        List<ReferralAboutChild> referralsShown = policy.readable(viewer, referrals.aboutChildren(identity),
                ReferralAboutChild::access);
        List<CaseAboutChild> casesShown = policy.readable(viewer, cases.aboutChildren(identity),
                CaseAboutChild::access);
        List<EpisodeView> episodesShown = missing.episodesOf(readable.keySet());
        ChildIntelligence intelligenceShown = intelligence.aboutChildren(viewer, identity);
        List<KnownItem> duplicates = possibleDuplicates(viewer, readable.keySet(), shown);

        List<KnownSection> sections = new ArrayList<>();
        sections.add(new KnownSection(KnownSectionKind.RECORDS, childRecords(viewer, readable, shown)));
        sections.add(new KnownSection(KnownSectionKind.AGENCIES, otherAgencies(viewer, readable.values(),
                referralsShown, casesShown, intelligenceShown)));
        sections.add(new KnownSection(KnownSectionKind.REFERRALS, referralsShown.stream().map(referral -> {
            shown.add(referral.access().ref());
            return referral(viewer, referral);
        }).toList()));
        sections.add(new KnownSection(KnownSectionKind.SCREENING, referralsShown.stream()
                .map(KnownToServicesService::screening).toList()));
        sections.add(new KnownSection(KnownSectionKind.CASES, casesShown.stream().map(found -> {
            shown.add(found.access().ref());
            return caseItem(viewer, found);
        }).toList()));
        sections.add(new KnownSection(KnownSectionKind.MISSING, episodesShown.stream().map(episode -> {
            shown.add(new RecordRef("MISSING_EPISODE", episode.id().toString()));
            return episode(viewer, episode);
        }).toList()));
        sections.add(new KnownSection(KnownSectionKind.INTELLIGENCE, intelligence(intelligenceShown, shown),
                intelligenceShown.withheld() > 0 ? RESTRICTED_HIT : null));
        sections.add(new KnownSection(KnownSectionKind.POSSIBLE_DUPLICATES, duplicates));
        policy.logListRead(viewer, LIST, PURPOSE + " about child " + child, shown);
        return new KnownPicture(child, readable.size(), identity.size() - readable.size(), sections);
    }

    @Override
    @Transactional
    public void askToJoin(Actor viewer, ChildId child, ChildId otherRecord, String reason) {
        requireReadable(viewer, child);
        identities.askToJoin(viewer, RecordKind.CHILD, child.value(),
                otherRecord == null ? null : otherRecord.value(), reason);
    }

    /** The research is for practitioners who protect children, and about a child whose record they may read. */
    private void requireReadable(Actor viewer, ChildId child) {
        RecordRef ref = new RecordRef(CHILD, child.toString());
        if (!viewer.can(Capability.RESEARCH_KNOWN_TO_SERVICES)) {
            throw new AccessRefusedException(ref, false);
        }
        ProtectedRecord record = records.find(ref).orElseThrow(() -> new RecordNotFoundException(CHILD));
        AccessDecision decision = policy.decide(viewer, Operation.READ, record);
        if (!decision.allowed()) {
            throw new AccessRefusedException(ref, decision.breakGlassAvailable());
        }
    }

    private Map<ChildId, ProtectedRecord> readableChildRecords(Actor viewer, Collection<ChildId> ids) {
        List<ProtectedRecord> found = ids.stream().map(id -> records.find(new RecordRef(CHILD, id.toString())))
                .flatMap(Optional::stream).toList();
        Map<ChildId, ProtectedRecord> readable = new LinkedHashMap<>();
        policy.readable(viewer, found, record -> record)
                .forEach(record -> readable.put(ChildId.of(record.ref().id()), record));
        return readable;
    }

    private List<KnownItem> childRecords(Actor viewer, Map<ChildId, ProtectedRecord> readable,
                                         List<RecordRef> shown) {
        return children.findAll(readable.keySet()).stream().map(found -> {
            ProtectedRecord record = readable.get(found.id());
            shown.add(record.ref());
            return new KnownItem(found.fullName(), day(found.createdAt()), found.dateOfBirth(),
                    agencyNames(record), found.voided() ? "Void: " + found.voidReason() : "Current",
                    link(viewer, record.ref(), "/children/"), null);
        }).toList();
    }

    /**
     * Records of other identities that the model or a practitioner put to the analysts as possibly this child,
     * where the viewer may read both records of the pair.
     */
    private List<KnownItem> possibleDuplicates(Actor viewer, Set<ChildId> readable, List<RecordRef> shown) {
        List<WaitingMatch> waiting = identities.waitingMatches(RecordKind.CHILD,
                readable.stream().map(ChildId::value).toList());
        Map<ChildId, ProtectedRecord> others = readableChildRecords(viewer, waiting.stream()
                .map(match -> new ChildId(match.otherRecord())).collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<ChildId, ChildView> particulars = children.findAll(others.keySet()).stream()
                .collect(Collectors.toMap(ChildView::id, view -> view));
        List<KnownItem> items = new ArrayList<>();
        Set<UUID> listed = new HashSet<>();
        for (WaitingMatch match : waiting) {
            ChildId other = new ChildId(match.otherRecord());
            ChildView view = particulars.get(other);
            if (view == null || !listed.add(match.otherRecord())) {
                continue;
            }
            shown.add(others.get(other).ref());
            String status = match.requestedBy() == null
                    ? "Possibly the same child (" + Math.round(match.probability() * 100) + "% likely)"
                    : "Analysts asked to decide on " + day(match.requestedAt());
            items.add(new KnownItem(view.fullName(), day(view.createdAt()), view.dateOfBirth(),
                    agencyNames(others.get(other)), status, link(viewer, others.get(other).ref(), "/children/"),
                    match.requestedBy() == null ? other : null));
        }
        return items;
    }

    /** The agencies other than the viewer's that hold what the viewer is shown, and what each holds. */
    private List<KnownItem> otherAgencies(Actor viewer, Collection<ProtectedRecord> childRecords,
                                          List<ReferralAboutChild> referralsShown, List<CaseAboutChild> casesShown,
                                          ChildIntelligence intelligenceShown) {
        Map<String, Set<String>> holdings = new TreeMap<>();
        childRecords.forEach(record -> record.agencyIds().stream().map(directory::agency)
                .flatMap(Optional::stream)
                .forEach(agency -> hold(holdings, agency.name(), "a record of the child")));
        referralsShown.forEach(referral -> {
            hold(holdings, referral.referrerAgency(), "referred the child");
            hold(holdings, referral.owningAgency(), "decided a referral");
        });
        casesShown.forEach(found -> hold(holdings, found.owningAgency(), "a case"));
        intelligenceShown.visible().forEach(report -> hold(holdings, report.agency(), "intelligence"));
        holdings.remove(viewer.agencyName());
        return holdings.entrySet().stream().map(agency -> KnownItem.of(agency.getKey(), null, null,
                String.join(", ", agency.getValue()), null)).toList();
    }

    private static void hold(Map<String, Set<String>> holdings, String agency, String what) {
        if (agency != null) {
            holdings.computeIfAbsent(agency, name -> new LinkedHashSet<>()).add(what);
        }
    }

    private KnownItem referral(Actor viewer, ReferralAboutChild referral) {
        String status = referral.outcome() == null ? referral.status().label() : referral.outcome().label();
        return KnownItem.of("Referral " + referral.reference() + (referral.cseConcern() ? " (CSE concern)" : ""),
                day(referral.receivedAt()), referral.referrerAgency(), status,
                link(viewer, referral.access().ref(), "/referrals/"));
    }

    private static KnownItem screening(ReferralAboutChild referral) {
        String level = referral.screeningLevel().label();
        if (referral.overrideLevel() != null) {
            level += "; set to " + referral.overrideLevel().label() + " by professional judgement";
        }
        return KnownItem.of("CSE screening of referral " + referral.reference(), day(referral.receivedAt()),
                referral.owningAgency(), level, null);
    }

    private KnownItem caseItem(Actor viewer, CaseAboutChild found) {
        String status = found.status() == CaseStatus.OPEN ? "Open"
                : "Closed" + (found.outcome() == null ? "" : ": " + found.outcome().label());
        return KnownItem.of("Case " + found.reference(), day(found.openedAt()), found.owningAgency(), status,
                link(viewer, found.access().ref(), "/cases/"));
    }

    private KnownItem episode(Actor viewer, EpisodeView episode) {
        String what = "Missing" + (episode.lastSeenLocation() == null ? "" : " from " + episode.lastSeenLocation());
        String status = episode.returnedAt() == null ? "Still missing"
                : "Returned" + (episode.foundLocation() == null ? "" : ", found at " + episode.foundLocation());
        if (episode.interview() != null) {
            status += "; return interview " + episode.interview().status().toLowerCase();
        }
        RecordRef child = new RecordRef(CHILD, episode.childId().toString());
        return KnownItem.of(what, day(episode.reportedMissingAt()), null, status,
                links.mayOpen(viewer, child) ? "/missing-episodes/" + episode.id() : null);
    }

    private static List<KnownItem> intelligence(ChildIntelligence found, List<RecordRef> shown) {
        List<KnownItem> items = new ArrayList<>();
        for (IntelligenceAboutChild report : found.visible()) {
            shown.add(new RecordRef("INTEL_REPORT", report.id().toString()));
            boolean full = report.visibility() == Visibility.FULL;
            items.add(KnownItem.of("Intelligence report " + report.reference()
                            + (full ? "" : " (sanitised version)"), report.informationDate(), report.agency(),
                    "Names the child as " + report.role().name().toLowerCase(), "/intelligence/" + report.id()));
        }
        return items;
    }

    private String link(Actor viewer, RecordRef ref, String path) {
        return links.mayOpen(viewer, ref) ? path + ref.id() : null;
    }

    private String agencyNames(ProtectedRecord record) {
        String names = record.agencyIds().stream().map(directory::agency).flatMap(Optional::stream)
                .map(AgencyView::name).filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(UK).toLocalDate();
    }
}
