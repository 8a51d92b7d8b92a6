package uk.lantern.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.people.Particulars;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;

/** Particulars for resolution, read in one query per kind. A child's postcode is that of the latest address. */
@Repository
class JdbcPeopleRecords implements PeopleRecords {

    private static final String CHILDREN = """
            SELECT c.id, c.first_name, c.surname, c.birth_year, c.birth_month, c.birth_day, c.sex, c.nhs_number,
                   (SELECT a.postcode FROM child_address a WHERE a.child_id = c.id
                    ORDER BY a.from_date DESC NULLS LAST LIMIT 1) AS postcode, NULL AS phone
            FROM child c WHERE c.voided_at IS NULL""";
    private static final String PERSONS = """
            SELECT p.id, p.first_name, p.surname, p.birth_year, p.birth_month, p.birth_day, p.sex, NULL AS nhs_number,
                   p.address_postcode AS postcode, p.phone
            FROM person p WHERE p.voided_at IS NULL""";

    private final JdbcClient jdbc;

    JdbcPeopleRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Particulars> all(RecordKind kind) {
        return jdbc.sql(query(kind)).query((row, n) -> particulars(kind, row)).list();
    }

    @Override
    public int count(RecordKind kind) {
        String table = kind == RecordKind.CHILD ? "child" : "person";
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE voided_at IS NULL").query(Integer.class).single();
    }

    @Override
    public List<Particulars> of(RecordKind kind, Collection<UUID> ids) {
        String alias = kind == RecordKind.CHILD ? "c" : "p";
        return jdbc.sql(query(kind) + " AND " + alias + ".id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query((row, n) -> particulars(kind, row)).list();
    }

    @Override
    public List<Particulars> named(RecordKind kind, String text, int limit) {
        String alias = kind == RecordKind.CHILD ? "c" : "p";
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(query(kind) + " AND (" + alias + ".first_name || ' ' || " + alias + ".surname) ILIKE ? "
                        + "ORDER BY " + alias + ".surname, " + alias + ".first_name, " + alias + ".id LIMIT ?")
                .params(pattern, limit).query((row, n) -> particulars(kind, row)).list();
    }

    private static String query(RecordKind kind) {
        return kind == RecordKind.CHILD ? CHILDREN : PERSONS;
    }

    private static Particulars particulars(RecordKind kind, ResultSet row) throws SQLException {
        return new Particulars(kind, row.getObject("id", UUID.class), row.getString("first_name"),
                row.getString("surname"), dateOfBirth(row), row.getString("sex"), row.getString("postcode"),
                row.getString("phone"), row.getString("nhs_number"));
    }

    /** As recorded: a full date, a year and month, or a year. */
    private static String dateOfBirth(ResultSet row) throws SQLException {
        int year = row.getInt("birth_year");
        if (row.wasNull()) {
            return null;
        }
        int month = row.getInt("birth_month");
        if (row.wasNull()) {
            return Integer.toString(year);
        }
        int day = row.getInt("birth_day");
        return row.wasNull() ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month,
                day);
    }
}
