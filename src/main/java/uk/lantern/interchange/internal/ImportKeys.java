package uk.lantern.interchange.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which source records are already in Lantern, under which Lantern id and content hash, and the import runs. */
@Repository
class ImportKeys {

    /** A source record already imported. */
    record Known(UUID lanternId, String contentHash) {
    }

    private final JdbcClient jdbc;

    ImportKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(String type, String sourceSystem, String sourceId, UUID lanternId, String contentHash, UUID run,
                  Instant at) {
        jdbc.sql("INSERT INTO import_record (record_type, source_system, source_id, lantern_id, content_hash, "
                        + "import_run_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(type, sourceSystem, sourceId, lanternId, contentHash, run, at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Every record already imported from these source systems, by {@link SourceRecord#key}, loaded in one query. */
    KnownKeys loadFor(java.util.Set<String> sourceSystems) {
        java.util.Map<String, Known> known = new java.util.HashMap<>();
        jdbc.sql("SELECT record_type, source_system, source_id, lantern_id, content_hash FROM import_record "
                        + "WHERE source_system = ANY(?)")
                .param(sourceSystems.toArray(String[]::new))
                .query((java.sql.ResultSet row) -> {
                    known.put(SourceRecord.key(row.getString("record_type"), row.getString("source_system"),
                            row.getString("source_id")), new Known(row.getObject("lantern_id", UUID.class),
                            row.getString("content_hash")));
                });
        return new KnownKeys(known);
    }

    boolean hasCommitted(String fileName) {
        return jdbc.sql("SELECT count(*) FROM import_run WHERE file_name = ? AND status = 'COMMITTED'").param(fileName)
                .query(Integer.class).single() > 0;
    }

    void startRun(UUID run, String fileName, String format, String actor, Instant at, String status) {
        jdbc.sql("INSERT INTO import_run (id, file_name, format, actor, started_at, status) VALUES (?, ?, ?, ?, ?, ?)")
                .params(run, fileName, format, actor, at.atOffset(ZoneOffset.UTC), status).update();
    }

    void finishRun(UUID run, long accepted, long unchanged, long rejected, Instant at) {
        jdbc.sql("UPDATE import_run SET accepted = ?, unchanged = ?, rejected = ?, finished_at = ? WHERE id = ?")
                .params(accepted, unchanged, rejected, at.atOffset(ZoneOffset.UTC), run).update();
    }
}
