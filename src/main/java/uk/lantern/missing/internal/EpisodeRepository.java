package uk.lantern.missing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.missing.EpisodeId;
import uk.lantern.missing.EpisodeView;
import uk.lantern.missing.MentionKind;
import uk.lantern.people.ChildId;

/** Missing episodes, return interviews and mentions in PostgreSQL. */
@Repository
class EpisodeRepository {

    private static final String QUERY = """
            SELECT e.id, e.child_id, e.reported_missing_at, e.last_seen_at, e.last_seen_location, e.returned_at,
                   e.found_location, e.found_with, e.vehicles_seen, e.recorded_by,
                   i.due_at, i.status, i.offered_at, i.completed_at, i.declined_reason, i.findings
            FROM missing_episode e LEFT JOIN return_interview i ON i.episode_id = e.id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EpisodeRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A new episode's row. */
    record NewEpisodeRow(EpisodeId id, ChildId child, Instant reportedMissingAt, Instant lastSeenAt,
                         String lastSeenLocation, List<String> vehicles, UUID reportingAgency, String recordedBy,
                         String sourceSystem, String sourceId) {
    }

    /** Inserts episodes with one batched statement. */
    void insertAll(List<NewEpisodeRow> episodes, Instant at) {
        batch.batchUpdate("""
                INSERT INTO missing_episode (id, child_id, reported_missing_at, last_seen_at, last_seen_location,
                    vehicles_seen, reporting_agency_id, recorded_by, recorded_at, source_system, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", episodes.stream().map(episode -> new Object[] {
                episode.id().value(), episode.child().value(), utc(episode.reportedMissingAt()),
                utc(episode.lastSeenAt()), episode.lastSeenLocation(), textArray(episode.vehicles()),
                episode.reportingAgency(), episode.recordedBy(), utc(at), episode.sourceSystem(),
                episode.sourceId()}).toList());
    }

    /** A text[] parameter for a batched statement, which cannot take a Java array as the single-row client can. */
    private static SqlTypeValue textArray(List<String> values) {
        return (statement, index, sqlType, typeName) -> statement.setArray(index,
                statement.getConnection().createArrayOf("text", values.toArray()));
    }

    /** A child's return, to record on the episode. */
    record ReturnRow(EpisodeId episode, Instant returnedAt, String foundLocation, String foundWith) {
    }

    /** Records returns and makes each episode's return interview due, with one batched statement each. */
    void recordReturns(List<ReturnRow> returns, List<Instant> interviewsDue) {
        batch.batchUpdate("UPDATE missing_episode SET returned_at = ?, found_location = ?, found_with = ? "
                + "WHERE id = ?", returns.stream().map(given -> new Object[] {utc(given.returnedAt()),
                given.foundLocation(), given.foundWith(), given.episode().value()}).toList());
        List<Object[]> interviews = new ArrayList<>(returns.size());
        for (int i = 0; i < returns.size(); i++) {
            interviews.add(new Object[] {returns.get(i).episode().value(), utc(interviewsDue.get(i))});
        }
        batch.batchUpdate("INSERT INTO return_interview (episode_id, due_at, status) VALUES (?, ?, 'DUE')",
                interviews);
    }

    /** An interview's new state. */
    record InterviewUpdate(EpisodeId episode, String status, Instant offeredAt, Instant completedAt,
                           String declinedReason, String findings) {
    }

    void updateInterview(EpisodeId id, String status, Instant offeredAt, Instant completedAt, String declinedReason,
                         String findings) {
        updateInterviews(List.of(new InterviewUpdate(id, status, offeredAt, completedAt, declinedReason, findings)));
    }

    /** Updates interviews with one batched statement, in order. */
    void updateInterviews(List<InterviewUpdate> updates) {
        batch.batchUpdate("""
                UPDATE return_interview SET status = ?, offered_at = coalesce(?, offered_at),
                    completed_at = ?, declined_reason = ?, findings = ?
                WHERE episode_id = ?""", updates.stream().map(update -> new Object[] {update.status(),
                utc(update.offeredAt()), utc(update.completedAt()), update.declinedReason(), update.findings(),
                update.episode().value()}).toList());
    }

    /** A mention to insert. */
    record NewMentionRow(EpisodeId episode, ChildId child, String sourceType, MentionKind kind, String value,
                         String normalised, String detail) {
    }

    /** Inserts mentions with one batched statement. */
    void insertMentions(List<NewMentionRow> mentions, Instant at) {
        batch.batchUpdate("INSERT INTO mention (id, source_type, episode_id, child_id, kind, value, normalised, "
                + "detail, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions.stream().map(mention ->
                new Object[] {UUID.randomUUID(), mention.sourceType(), mention.episode().value(),
                        mention.child().value(), mention.kind().name(), mention.value(), mention.normalised(),
                        mention.detail(), utc(at)}).toList());
    }

    Optional<EpisodeView> find(EpisodeId id) {
        return list(QUERY + "WHERE e.id = ?", id.value()).stream().findFirst();
    }

    Optional<EpisodeView> findForUpdate(EpisodeId id) {
        return list(QUERY + "WHERE e.id = ? FOR UPDATE OF e", id.value()).stream().findFirst();
    }

    /** Episodes by id, locked for the rest of the transaction; ids with no episode are left out. */
    List<EpisodeView> findAllForUpdate(List<EpisodeId> ids) {
        return list(QUERY + "WHERE e.id = ANY(?) FOR UPDATE OF e",
                (Object) ids.stream().map(EpisodeId::value).toArray(UUID[]::new));
    }

    List<EpisodeView> forChild(ChildId child) {
        return list(QUERY + "WHERE e.child_id = ? ORDER BY e.reported_missing_at DESC", child.value());
    }

    List<EpisodeView> forChildren(Collection<ChildId> children) {
        return list(QUERY + "WHERE e.child_id = ANY(?) ORDER BY e.reported_missing_at DESC",
                (Object) children.stream().map(ChildId::value).toArray(UUID[]::new));
    }

    /** A child and a span of time, after {@code from} and up to {@code to}. */
    record Window(ChildId child, Instant from, Instant to) {
    }

    /** How many episodes of its child were reported in each window, in one query. */
    List<Integer> episodesBetween(List<Window> windows) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM missing_episode e WHERE e.child_id = w.child_id
                                AND e.reported_missing_at > w.from_at::timestamptz
                                AND e.reported_missing_at <= w.to_at::timestamptz)
                        FROM unnest(?::uuid[], ?::text[], ?::text[]) WITH ORDINALITY AS w(child_id, from_at, to_at, n)
                        ORDER BY w.n""")
                .params(windows.stream().map(window -> window.child().value()).toArray(UUID[]::new),
                        windows.stream().map(window -> window.from().toString()).toArray(String[]::new),
                        windows.stream().map(window -> window.to().toString()).toArray(String[]::new))
                .query(Integer.class).list();
    }

    private List<EpisodeView> list(String sql, Object... params) {
        List<EpisodeView> episodes = jdbc.sql(sql).params(params).query(EpisodeRepository::episode).list();
        if (episodes.isEmpty()) {
            return episodes;
        }
        Map<UUID, List<EpisodeView.Mention>> mentions = new LinkedHashMap<>();
        jdbc.sql("SELECT id, episode_id, source_type, kind, value, normalised, detail FROM mention "
                        + "WHERE episode_id = ANY(?) ORDER BY recorded_at")
                .param(episodes.stream().map(episode -> episode.id().value()).toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    mentions.computeIfAbsent(row.getObject("episode_id", UUID.class), key -> new ArrayList<>())
                            .add(new EpisodeView.Mention(row.getObject("id", UUID.class),
                                    row.getString("source_type"), MentionKind.valueOf(row.getString("kind")),
                                    row.getString("value"), row.getString("normalised"), row.getString("detail")));
                });
        return episodes.stream().map(episode -> new EpisodeView(episode.id(), episode.childId(),
                episode.reportedMissingAt(), episode.lastSeenAt(), episode.lastSeenLocation(), episode.returnedAt(),
                episode.foundLocation(), episode.foundWith(), episode.vehiclesSeen(), episode.recordedBy(),
                episode.interview(), mentions.getOrDefault(episode.id().value(), List.of()))).toList();
    }

    private static EpisodeView episode(ResultSet row, int rowNumber) throws SQLException {
        String status = row.getString("status");
        EpisodeView.Interview interview = status == null ? null : new EpisodeView.Interview(instant(row, "due_at"),
                status, instant(row, "offered_at"), instant(row, "completed_at"), row.getString("declined_reason"),
                row.getString("findings"));
        return new EpisodeView(new EpisodeId(row.getObject("id", UUID.class)),
                new ChildId(row.getObject("child_id", UUID.class)), instant(row, "reported_missing_at"),
                instant(row, "last_seen_at"), row.getString("last_seen_location"), instant(row, "returned_at"),
                row.getString("found_location"), row.getString("found_with"),
                Arrays.asList((String[]) row.getArray("vehicles_seen").getArray()), row.getString("recorded_by"),
                interview, List.of());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
