package uk.lantern.missing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.NewDeadline;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Capability;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecords;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.RecordRef;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.missing.EpisodeId;
import uk.lantern.missing.EpisodeView;
import uk.lantern.missing.ImportedEpisode;
import uk.lantern.missing.ImportedInterview;
import uk.lantern.missing.MentionKind;
import uk.lantern.missing.MentionRecorded;
import uk.lantern.missing.MentionsRecorded;
import uk.lantern.missing.MissingEpisodes;
import uk.lantern.missing.NewEpisode;
import uk.lantern.missing.NewMention;
import uk.lantern.missing.RepeatMissingDetected;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;

@Service
class MissingService implements MissingEpisodes {

    static final String CHILD = "CHILD";
    static final int MAX_PLACE = 500;
    static final int MAX_WITH = 1000;
    static final int MAX_TEXT = 10_000;
    static final int MAX_MENTIONS = 100;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A return interview's clock names the day of the return: it goes in notices, so it never names the child. */
    private static final DateTimeFormatter RETURN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(WorkingDayCalendar.UK);

    private final EpisodeRepository episodes;
    private final Children children;
    private final ProtectedRecords records;
    private final AccessPolicy accessPolicy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final TimescaleProperties timescales;
    private final MentionNormaliser normaliser;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final Clock clock;

    MissingService(EpisodeRepository episodes, Children children, ProtectedRecords records, AccessPolicy accessPolicy,
                   Directory directory, Deadlines deadlines, TimescaleProperties timescales,
                   MentionNormaliser normaliser, ApplicationEventPublisher events, Ledger ledger, Clock clock) {
        this.episodes = episodes;
        this.children = children;
        this.records = records;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.normaliser = normaliser;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public EpisodeView record(Actor actor, ChildId child, NewEpisode episode) {
        ChildView recorded = childFor(actor, child, Capability.RECORD_MISSING, "Recording a missing episode");
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        if (episode.reportedMissingAt() == null) {
            errors.add(new FieldError("reportedMissingAt", "Enter when the child was reported missing"));
        } else if (episode.reportedMissingAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("reportedMissingAt", "The report time must not be in the future"));
        }
        if (episode.lastSeenAt() != null && episode.reportedMissingAt() != null
                && episode.lastSeenAt().isAfter(episode.reportedMissingAt())) {
            errors.add(new FieldError("lastSeenAt", "The child was last seen before being reported missing"));
        }
        checkReturn(episode.reportedMissingAt(), episode.returnedAt(), now, errors);
        String lastSeen = text(episode.lastSeenLocation(), "lastSeenLocation", MAX_PLACE, errors);
        String found = text(episode.foundLocation(), "foundLocation", MAX_PLACE, errors);
        String with = text(episode.foundWith(), "foundWith", MAX_WITH, errors);
        List<String> vehicles = vehicles(episode.vehiclesSeen(), errors);
        fail(errors);
        EpisodeId id = new EpisodeId(UUID.randomUUID());
        EpisodeRepository.NewEpisodeRow row = new EpisodeRepository.NewEpisodeRow(id, child,
                episode.reportedMissingAt(), episode.lastSeenAt(), lastSeen, vehicles, actor.agencyId().value(),
                actor.displayName(), null, null);
        episodes.insertAll(List.of(row), now);
        vehicles.forEach(vehicle -> mention(actor, id, child, "MISSING_EPISODE", MentionKind.VEHICLE, vehicle, "Seen while "
                + "the child was missing", episode.reportedMissingAt(), now));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("episode", id.toString());
        payload.put("reportedMissingAt", episode.reportedMissingAt().toString());
        ledger.append(new LedgerRecord(actor, "MISSING_EPISODE_RECORDED", CHILD, child.toString(), payload));
        if (episode.returnedAt() != null) {
            applyReturn(actor, id, recorded, episode.returnedAt(), found, with);
        }
        checkRepeatMissing(List.of(row));
        return episodes.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public EpisodeView recordReturn(Actor actor, EpisodeId id, Instant returnedAt, String foundLocation,
                                    String foundWith) {
        EpisodeView episode = episodes.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(
                "MISSING_EPISODE"));
        ChildView child = childFor(actor, episode.childId(), Capability.RECORD_MISSING, "Recording a return");
        if (episode.returnedAt() != null) {
            throw new InvalidInputException("returnedAt", "The child's return is already recorded");
        }
        List<FieldError> errors = new ArrayList<>();
        if (returnedAt == null) {
            errors.add(new FieldError("returnedAt", "Enter when the child returned or was found"));
        }
        checkReturn(episode.reportedMissingAt(), returnedAt, clock.instant(), errors);
        String found = text(foundLocation, "foundLocation", MAX_PLACE, errors);
        String with = text(foundWith, "foundWith", MAX_WITH, errors);
        fail(errors);
        applyReturn(actor, id, child, returnedAt, found, with);
        return episodes.find(id).orElseThrow();
    }

    /** A child's return to record. */
    private record Return(EpisodeId episode, ChildView child, Instant returnedAt, String found, String with) {
    }

    private void applyReturn(LedgerActor actor, EpisodeId id, ChildView child, Instant returnedAt, String found,
                             String with) {
        applyReturns(actor, List.of(new Return(id, child, returnedAt, found, with)));
    }

    /** Returns are recorded, and the 72-hour clock for each return home interview starts. */
    private void applyReturns(LedgerActor actor, List<Return> returns) {
        if (returns.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Instant> due = returns.stream().map(given -> given.returnedAt().plus(timescales.returnInterview()))
                .toList();
        episodes.recordReturns(returns.stream().map(given -> new EpisodeRepository.ReturnRow(given.episode(),
                given.returnedAt(), given.found(), given.with())).toList(), due);
        List<Mention> places = new ArrayList<>();
        List<LedgerRecord> entries = new ArrayList<>(returns.size());
        List<NewDeadline> clocks = new ArrayList<>(returns.size());
        Map<String, AgencyView> teams = new HashMap<>();
        for (int i = 0; i < returns.size(); i++) {
            Return given = returns.get(i);
            EpisodeId id = given.episode();
            if (given.found() != null) {
                places.add(new Mention(id, given.child().id(), "MISSING_EPISODE", MentionKind.PLACE, given.found(),
                        "Where the child was found", given.returnedAt()));
            }
            entries.add(new LedgerRecord(actor, "CHILD_RETURNED", CHILD, given.child().id().toString(),
                    Map.of("episode", id.toString(), "returnedAt", given.returnedAt().toString(),
                            "interviewDueAt", due.get(i).toString())));
            AgencyView team = teams.computeIfAbsent(given.child().areaCode(), area -> owningTeam(given.child()));
            clocks.add(new NewDeadline(DeadlineKind.RETURN_INTERVIEW, "MISSING_EPISODE", id.toString(),
                    "Return home interview after the return on " + RETURN_DAY.format(given.returnedAt()), team.id(),
                    given.returnedAt(), due.get(i),
                    "/missing-episodes/" + id));
        }
        mention(actor, places, now);
        ledger.appendAll(entries);
        deadlines.startAll(actor, clocks);
    }

    @Override
    @Transactional
    public EpisodeView offerInterview(Actor actor, EpisodeId id) {
        EpisodeView episode = forInterview(actor, id);
        episodes.updateInterview(id, "OFFERED", clock.instant(), null, null, null);
        ledger.append(new LedgerRecord(actor, "RETURN_INTERVIEW_OFFERED", CHILD, episode.childId().toString(),
                Map.of("episode", id.toString())));
        return episodes.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public EpisodeView completeInterview(Actor actor, EpisodeId id, String findings, List<NewMention> mentions) {
        EpisodeView episode = forInterview(actor, id);
        List<FieldError> errors = new ArrayList<>();
        String text = text(findings, "findings", MAX_TEXT, errors);
        if (text == null) {
            errors.add(new FieldError("findings", "Record what the child said, or that they chose to say nothing"));
        }
        List<ValidMention> valid = mentions(mentions, errors);
        fail(errors);
        Instant now = clock.instant();
        episodes.updateInterview(id, "COMPLETED", null, now, null, text);
        valid.forEach(mention -> mention(actor, id, episode.childId(), "RETURN_INTERVIEW", mention.kind(), mention.value(),
                mention.detail(), episode.reportedMissingAt(), now));
        ledger.append(new LedgerRecord(actor, "RETURN_INTERVIEW_COMPLETED", CHILD, episode.childId().toString(),
                Map.of("episode", id.toString(), "mentions", valid.size(),
                        "onTime", !now.isAfter(episode.interview().dueAt()))));
        deadlines.meet(actor, "MISSING_EPISODE", id.toString(), DeadlineKind.RETURN_INTERVIEW);
        return episodes.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public EpisodeView declineInterview(Actor actor, EpisodeId id, String reason) {
        EpisodeView episode = forInterview(actor, id);
        List<FieldError> errors = new ArrayList<>();
        String text = text(reason, "reason", 2000, errors);
        if (text == null) {
            errors.add(new FieldError("reason", "Record why the interview did not happen"));
        }
        fail(errors);
        episodes.updateInterview(id, "DECLINED", null, null, text, null);
        ledger.append(new LedgerRecord(actor, "RETURN_INTERVIEW_DECLINED", CHILD, episode.childId().toString(),
                Map.of("episode", id.toString(), "reason", text)));
        // The child's refusal answers the clock: the interview was offered in time and the decision was theirs.
        deadlines.meet(actor, "MISSING_EPISODE", id.toString(), DeadlineKind.RETURN_INTERVIEW);
        return episodes.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public EpisodeId importEpisode(LedgerActor by, ChildId child, NewEpisode episode, AgencyId reportingAgency,
                                   String sourceSystem, String sourceId) {
        return importEpisodes(by, List.of(new ImportedEpisode(child, episode, reportingAgency, sourceSystem,
                sourceId))).get(0);
    }

    @Override
    @Transactional
    public List<EpisodeId> importEpisodes(LedgerActor by, List<ImportedEpisode> imported) {
        Map<ChildId, ChildView> recorded = new HashMap<>();
        children.findAll(imported.stream().map(ImportedEpisode::child).distinct().toList())
                .forEach(child -> recorded.put(child.id(), child));
        Instant now = clock.instant();
        List<List<String>> vehicles = new ArrayList<>(imported.size());
        for (int i = 0; i < imported.size(); i++) {
            ImportedEpisode given = imported.get(i);
            if (!recorded.containsKey(given.child())) {
                throw new RecordNotFoundException(CHILD);
            }
            List<FieldError> errors = new ArrayList<>();
            checkReturn(given.episode().reportedMissingAt(), given.episode().returnedAt(), now, errors);
            vehicles.add(vehicles(given.episode().vehiclesSeen(), errors));
            String prefix = imported.size() == 1 ? "" : "[" + i + "].";
            fail(errors.stream().map(error -> new FieldError(prefix + error.field(), error.message())).toList());
        }
        List<EpisodeId> ids = imported.stream().map(given -> new EpisodeId(UUID.randomUUID())).toList();
        List<EpisodeRepository.NewEpisodeRow> rows = new ArrayList<>(imported.size());
        List<Mention> mentions = new ArrayList<>();
        List<LedgerRecord> entries = new ArrayList<>(imported.size());
        List<Return> returns = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            ImportedEpisode given = imported.get(i);
            NewEpisode episode = given.episode();
            EpisodeId id = ids.get(i);
            rows.add(new EpisodeRepository.NewEpisodeRow(id, given.child(), episode.reportedMissingAt(),
                    episode.lastSeenAt(), episode.lastSeenLocation(), vehicles.get(i),
                    given.reportingAgency() == null ? null : given.reportingAgency().value(), by.actorName(),
                    given.sourceSystem(), given.sourceId()));
            vehicles.get(i).forEach(vehicle -> mentions.add(new Mention(id, given.child(), "MISSING_EPISODE",
                    MentionKind.VEHICLE, vehicle, "Seen while the child was missing", episode.reportedMissingAt())));
            entries.add(new LedgerRecord(by, "MISSING_EPISODE_RECORDED", CHILD, given.child().toString(), Map.of(
                    "episode", id.toString(), "reportedMissingAt", episode.reportedMissingAt().toString(),
                    "source", given.sourceSystem() + "/" + given.sourceId())));
            if (episode.returnedAt() != null) {
                returns.add(new Return(id, recorded.get(given.child()), episode.returnedAt(),
                        blankToNull(episode.foundLocation()), blankToNull(episode.foundWith())));
            }
        }
        episodes.insertAll(rows, now);
        mention(by, mentions, now);
        ledger.appendAll(entries);
        applyReturns(by, returns);
        checkRepeatMissing(rows);
        return ids;
    }

    @Override
    @Transactional
    public void importInterview(LedgerActor by, EpisodeId id, String status, Instant offeredAt, Instant completedAt,
                                String declinedReason, String findings, List<NewMention> mentions) {
        importInterviews(by, List.of(new ImportedInterview(id, status, offeredAt, completedAt, declinedReason,
                findings, mentions)));
    }

    @Override
    @Transactional
    public void importInterviews(LedgerActor by, List<ImportedInterview> interviews) {
        Map<EpisodeId, EpisodeView> found = new HashMap<>();
        episodes.findAllForUpdate(interviews.stream().map(ImportedInterview::episode).distinct().toList())
                .forEach(episode -> found.put(episode.id(), episode));
        List<List<ValidMention>> valid = new ArrayList<>(interviews.size());
        for (int i = 0; i < interviews.size(); i++) {
            ImportedInterview interview = interviews.get(i);
            EpisodeView episode = found.get(interview.episode());
            if (episode == null) {
                throw new RecordNotFoundException("MISSING_EPISODE");
            }
            List<FieldError> errors = new ArrayList<>();
            if (episode.interview() == null) {
                errors.add(new FieldError("episode", "The episode has no return, so no interview is due"));
            }
            valid.add(mentions(interview.mentions(), errors));
            if ("DECLINED".equals(interview.status()) && blankToNull(interview.declinedReason()) == null) {
                errors.add(new FieldError("declinedReason", "A declined interview needs the reason"));
            }
            if ("COMPLETED".equals(interview.status()) && interview.completedAt() == null) {
                errors.add(new FieldError("completedAt", "A completed interview needs the time it was completed"));
            }
            String prefix = interviews.size() == 1 ? "" : "[" + i + "].";
            fail(errors.stream().map(error -> new FieldError(prefix + error.field(), error.message())).toList());
        }
        episodes.updateInterviews(interviews.stream().map(interview -> new EpisodeRepository.InterviewUpdate(
                interview.episode(), interview.status(), interview.offeredAt(), interview.completedAt(),
                blankToNull(interview.declinedReason()), blankToNull(interview.findings()))).toList());
        Instant now = clock.instant();
        List<Mention> mentions = new ArrayList<>();
        List<LedgerRecord> entries = new ArrayList<>(interviews.size());
        Map<String, Instant> met = new LinkedHashMap<>();
        for (int i = 0; i < interviews.size(); i++) {
            ImportedInterview interview = interviews.get(i);
            EpisodeView episode = found.get(interview.episode());
            valid.get(i).forEach(mention -> mentions.add(new Mention(episode.id(), episode.childId(),
                    "RETURN_INTERVIEW", mention.kind(), mention.value(), mention.detail(),
                    episode.reportedMissingAt())));
            entries.add(new LedgerRecord(by, "RETURN_INTERVIEW_" + interview.status(), CHILD,
                    episode.childId().toString(), Map.of("episode", episode.id().toString(), "mentions",
                    valid.get(i).size())));
            if (!"OFFERED".equals(interview.status())) {
                // The first interview of an episode meets its clock; a later one finds it met, as one by one.
                met.putIfAbsent(episode.id().toString(), interview.completedAt() != null ? interview.completedAt()
                        : now);
            }
        }
        mention(by, mentions, now);
        ledger.appendAll(entries);
        deadlines.meetAll(by, "MISSING_EPISODE", DeadlineKind.RETURN_INTERVIEW, met);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    @Transactional
    public EpisodeView read(Actor actor, EpisodeId id) {
        EpisodeView episode = episodes.find(id).orElseThrow(() -> new RecordNotFoundException("MISSING_EPISODE"));
        accessPolicy.authoriseRead(actor, childRecord(episode.childId()), "Viewing a missing episode");
        return episode;
    }

    @Override
    @Transactional
    public List<EpisodeView> forChild(Actor actor, ChildId child) {
        accessPolicy.authoriseRead(actor, childRecord(child), "Viewing missing episodes");
        return episodes.forChild(child);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EpisodeView> episodesOf(Collection<ChildId> children) {
        return children.isEmpty() ? List.of() : episodes.forChildren(children);
    }

    private EpisodeView forInterview(Actor actor, EpisodeId id) {
        EpisodeView episode = episodes.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(
                "MISSING_EPISODE"));
        childFor(actor, episode.childId(), Capability.RECORD_RETURN_INTERVIEWS, "Return home interview");
        if (episode.interview() == null) {
            throw new InvalidInputException("returnedAt", "Record the child's return first");
        }
        if (List.of("COMPLETED", "DECLINED").contains(episode.interview().status())) {
            throw new InvalidInputException("status", "The return home interview is already "
                    + episode.interview().status().toLowerCase());
        }
        return episode;
    }

    /**
     * Flags each new episode that makes its child missing repeatedly within the window. The episodes were written
     * together, so each is counted as it would have been alone: with the episodes before it, not those after it.
     */
    private void checkRepeatMissing(List<EpisodeRepository.NewEpisodeRow> recorded) {
        Duration window = timescales.repeatMissingWindow();
        List<Integer> counts = episodes.episodesBetween(recorded.stream().map(row -> new EpisodeRepository.Window(
                row.child(), row.reportedMissingAt().minus(window), row.reportedMissingAt())).toList());
        List<RepeatMissingDetected.Detection> detections = new ArrayList<>();
        for (int k = 0; k < recorded.size(); k++) {
            EpisodeRepository.NewEpisodeRow episode = recorded.get(k);
            Instant from = episode.reportedMissingAt().minus(window);
            long writtenAfter = recorded.subList(k + 1, recorded.size()).stream()
                    .filter(later -> later.child().equals(episode.child())
                            && later.reportedMissingAt().isAfter(from)
                            && !later.reportedMissingAt().isAfter(episode.reportedMissingAt()))
                    .count();
            int count = (int) (counts.get(k) - writtenAfter);
            if (count >= timescales.repeatMissingEpisodes()) {
                detections.add(new RepeatMissingDetected.Detection(episode.child(), count, window, episode.id()));
            }
        }
        if (!detections.isEmpty()) {
            events.publishEvent(new RepeatMissingDetected(detections));
        }
    }

    private ChildView childFor(Actor actor, ChildId id, Capability needed, String purpose) {
        ProtectedRecord record = childRecord(id);
        if (!actor.can(needed)) {
            throw new AccessRefusedException(record.ref(), false);
        }
        accessPolicy.authoriseRead(actor, record, purpose);
        return children.find(id).orElseThrow();
    }

    private ProtectedRecord childRecord(ChildId id) {
        return records.find(new RecordRef(CHILD, id.toString()))
                .orElseThrow(() -> new RecordNotFoundException(CHILD));
    }

    private AgencyView owningTeam(ChildView child) {
        return directory.agenciesIn(child.areaCode(), AgencyType.CHILDRENS_SOCIAL_CARE).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("childId", "No children's social care team in Lantern "
                        + "covers the child's area, so no one could hold the return home interview"));
    }

    /**
     * Something mentioned about an episode, to record.
     *
     * @param seenAt when what is mentioned was seen: while the child was missing, or when found
     */
    private record Mention(EpisodeId episode, ChildId child, String sourceType, MentionKind kind, String value,
                           String detail, Instant seenAt) {
    }

    private void mention(LedgerActor by, EpisodeId episode, ChildId child, String sourceType, MentionKind kind,
                         String value, String detail, Instant seenAt, Instant at) {
        mention(by, List.of(new Mention(episode, child, sourceType, kind, value, detail, seenAt)), at);
    }

    /** Stores mentions with one batched insert, then publishes them together, for intelligence to link. */
    private void mention(LedgerActor by, List<Mention> mentions, Instant at) {
        if (mentions.isEmpty()) {
            return;
        }
        List<String> normalised = mentions.stream().map(mention -> normaliser.normalise(mention.kind(),
                mention.value())).toList();
        List<EpisodeRepository.NewMentionRow> rows = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            rows.add(new EpisodeRepository.NewMentionRow(mention.episode(), mention.child(), mention.sourceType(),
                    mention.kind(), mention.value(), normalised.get(i), mention.detail()));
        }
        episodes.insertMentions(rows, at);
        List<MentionRecorded> recorded = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            recorded.add(new MentionRecorded(by, mention.episode(), mention.child(), mention.sourceType(),
                    mention.kind(), mention.value(), normalised.get(i), mention.seenAt()));
        }
        events.publishEvent(new MentionsRecorded(recorded));
    }

    private static void checkReturn(Instant reported, Instant returned, Instant now, List<FieldError> errors) {
        if (returned == null) {
            return;
        }
        if (reported != null && returned.isBefore(reported)) {
            errors.add(new FieldError("returnedAt", "The return must come after the child went missing"));
        } else if (returned.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("returnedAt", "The return time must not be in the future"));
        }
    }

    private record ValidMention(MentionKind kind, String value, String detail) {
    }

    private static List<ValidMention> mentions(List<NewMention> mentions, List<FieldError> errors) {
        List<NewMention> given = mentions == null ? List.of() : mentions;
        if (given.size() > MAX_MENTIONS) {
            errors.add(new FieldError("mentions", "Record up to " + MAX_MENTIONS + " mentions"));
            return List.of();
        }
        List<ValidMention> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            NewMention mention = given.get(i);
            MentionKind kind = null;
            try {
                kind = MentionKind.valueOf(mention.kind() == null ? "" : mention.kind().trim().toUpperCase());
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("mentions[" + i + "].kind", "Use PERSON, PLACE, VEHICLE or PHONE"));
            }
            String value = mention.value() == null ? "" : mention.value().trim();
            if (value.isEmpty() || value.length() > 200) {
                errors.add(new FieldError("mentions[" + i + "].value", "Enter what was mentioned, up to 200 "
                        + "characters"));
            }
            String detail = text(mention.detail(), "mentions[" + i + "].detail", 1000, errors);
            if (kind != null && !value.isEmpty()) {
                valid.add(new ValidMention(kind, value, detail));
            }
        }
        return valid;
    }

    private static List<String> vehicles(List<String> vehicles, List<FieldError> errors) {
        List<String> given = vehicles == null ? List.of() : vehicles;
        if (given.size() > 20) {
            errors.add(new FieldError("vehiclesSeen", "Record up to 20 vehicles"));
            return List.of();
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String vehicle = given.get(i) == null ? "" : given.get(i).trim();
            if (vehicle.length() > 100) {
                errors.add(new FieldError("vehiclesSeen[" + i + "]", "Must be 100 characters or fewer"));
            } else if (!vehicle.isEmpty()) {
                valid.add(vehicle);
            }
        }
        return valid;
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.length() > max) {
            errors.add(new FieldError(field, "Must be " + max + " characters or fewer"));
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
