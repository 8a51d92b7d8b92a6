package uk.lantern.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseNoteKind;
import uk.lantern.casework.CaseNoteView;
import uk.lantern.identity.UserId;

import static uk.lantern.casework.internal.CaseRepository.instant;
import static uk.lantern.casework.internal.CaseRepository.utc;

/** Case notes, visits and contacts in PostgreSQL. */
@Repository
class CaseNoteRepository {

    private final JdbcClient jdbc;

    CaseNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(CaseId id, CaseNoteKind kind, LocalDate occurredOn, String withWhom, Boolean seenAlone, String text,
                UserId author, Instant at) {
        UUID note = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_entry (id, case_id, kind, occurred_on, with_whom, seen_alone, text, recorded_by, "
                        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(note, id.value(), kind.name(), occurredOn, withWhom, seenAlone, text, author.value(), utc(at))
                .update();
        return note;
    }

    /** The case's notes, the latest first. */
    List<CaseNoteView> of(CaseId id) {
        return jdbc.sql("SELECT e.id, e.kind, e.occurred_on, e.with_whom, e.seen_alone, e.text, u.display_name, "
                        + "e.recorded_at FROM case_entry e JOIN app_user u ON u.id = e.recorded_by "
                        + "WHERE e.case_id = ? ORDER BY e.occurred_on DESC, e.recorded_at DESC")
                .param(id.value())
                .query((row, n) -> new CaseNoteView(row.getObject("id", UUID.class),
                        CaseNoteKind.valueOf(row.getString("kind")), row.getObject("occurred_on", LocalDate.class),
                        row.getString("with_whom"), (Boolean) row.getObject("seen_alone"), row.getString("text"),
                        row.getString("display_name"), instant(row, "recorded_at")))
                .list();
    }
}
