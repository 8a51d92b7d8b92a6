package uk.lantern.interchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import runs recorded in {@code import_run}, committed and rejected, for the import pages. */
@Repository
class ImportRunHistory {

    /** One recorded import. A committed import's row appears only once its transaction has committed. */
    record ImportRun(UUID id, String fileName, String format, String actor, Instant startedAt, Instant finishedAt,
                     String status, long accepted, long unchanged, long rejected) {
    }

    private static final String COLUMNS = "id, file_name, format, actor, started_at, finished_at, status, accepted, "
            + "unchanged, rejected";

    private final JdbcClient jdbc;

    ImportRunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the runs, newest first. */
    List<ImportRun> newestFirst(int page, int perPage) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_run ORDER BY started_at DESC, id LIMIT ? OFFSET ?")
                .params(perPage, (long) (page - 1) * perPage).query(ImportRunHistory::run).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM import_run").query(Long.class).single();
    }

    Optional<ImportRun> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_run WHERE id = ?").param(id)
                .query(ImportRunHistory::run).optional();
    }

    private static ImportRun run(ResultSet row, int number) throws SQLException {
        OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
        return new ImportRun(row.getObject("id", UUID.class), row.getString("file_name"), row.getString("format"),
                row.getString("actor"), row.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), row.getString("status"), row.getLong("accepted"),
                row.getLong("unchanged"), row.getLong("rejected"));
    }
}
