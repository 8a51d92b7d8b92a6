package uk.lantern.interchange.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.lantern.people.RecordKind;
import uk.lantern.resolution.RecordSource;
import uk.lantern.resolution.RecordSources;

/** The source system and id of each imported child's or adult's record, as the import kept them. */
@Component
class ImportedRecordSources implements RecordSources {

    private final JdbcClient jdbc;

    ImportedRecordSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<RecordSource>> sourcesOf(RecordKind kind, Collection<UUID> records) {
        Map<UUID, List<RecordSource>> sources = new HashMap<>();
        jdbc.sql("SELECT lantern_id, source_system, source_id FROM import_record WHERE record_type = ? "
                        + "AND lantern_id = ANY(?) ORDER BY source_system, source_id")
                .params(kind.name().toLowerCase(Locale.ROOT), records.toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    sources.computeIfAbsent(row.getObject("lantern_id", UUID.class), key -> new ArrayList<>())
                            .add(new RecordSource(row.getString("source_system"), row.getString("source_id")));
                });
        return sources;
    }
}
