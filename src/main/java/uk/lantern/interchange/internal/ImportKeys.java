package uk.lantern.interchange.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which source records are already in Lantern, under which Lantern id and content hash, and the import runs. */
@Repository
class ImportKeys {

    /** A source record already imported. */
    record Known(UUID lanternId, String contentHash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportKeys(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A record stored by an import, to remember under its source key. */
    record Stored(String type, String sourceSystem, String sourceId, UUID lanternId, String contentHash) {
    }

    /** Remembers many stored records with one batched statement. */
    void rememberAll(List<Stored> stored, UUID run, Instant at) {
        batch.batchUpdate("INSERT INTO import_record (record_type, source_system, source_id, lantern_id, content_hash, "
                + "import_run_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)", stored.stream().map(record ->
                new Object[] {record.type(), record.sourceSystem(), record.sourceId(), record.lanternId(),
                        record.contentHash(), run, at.atOffset(ZoneOffset.UTC)}).toList());
    }

    /** Records that an update brought a source record's content up to date. */
    void rememberUpdate(String type, String sourceSystem, String sourceId, String contentHash, UUID run, Instant at) {
        jdbc.sql("UPDATE import_record SET content_hash = ?, import_run_id = ?, imported_at = ? WHERE record_type = ? "
                        + "AND source_system = ? AND source_id = ?")
                .params(contentHash, run, at.atOffset(ZoneOffset.UTC), type, sourceSystem, sourceId).update();
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
