package uk.lantern.search.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.people.RecordKind;

/**
 * The records that may match a search, read through the indexes of {@code V900__search_…}: by the Double Metaphone
 * code of a name with the other name's initial, by date of birth, NHS number, postcode and phone digits, and by the
 * ids intelligence links to a vehicle or phone. Every criterion given must hold. The names are then scored in Java
 * ({@link NameScore}); this only narrows a million records to a few hundred at most. Reads the people module's
 * tables, never writes them.
 */
@Repository
class CandidateRecords {

    /** A record's particulars as far as search shows or scores them. */
    /** @param areaCode a child's local authority; null for an adult, whose areas come from intelligence */
    record Candidate(RecordKind kind, UUID id, String firstName, String surname, String dateOfBirth,
                     String postcode, String areaCode) {

        String fullName() {
            return firstName + " " + surname;
        }
    }

    /**
     * What to look for in one kind of record.
     *
     * @param nameWords the words of the name searched for, normalised; null when no name was given
     * @param nameCodes Double Metaphone codes of the name words and their variants; null when no name was given
     * @param initials first letters of the name words and their variants
     * @param singleWord whether the name is one word, which may be either name
     * @param ownAreas the local authorities the searcher works in, whose children are read first
     * @param phoneDigits the digit forms of the phone asked for; null when none was
     * @param linkedToPhone records of the kind that intelligence the searcher may see links to that phone
     * @param linkedToVehicle records of the kind that such intelligence links to the vehicle asked for; null when
     *     none was
     */
    record Wanted(String[] nameWords, String[] nameCodes, String[] initials, boolean singleWord,
                  String[] ownAreas, SearchCriteria.BirthDate dateOfBirth,
                  String nhsNumber, String postcode, List<String> phoneDigits, Collection<UUID> linkedToPhone,
                  Collection<UUID> linkedToVehicle) {
    }

    private static final String CHILD = """
            SELECT c.id, c.first_name, c.surname, c.birth_year, c.birth_month, c.birth_day, c.area_code
            FROM child c WHERE c.voided_at IS NULL""";
    private static final String PERSON = """
            SELECT p.id, p.first_name, p.surname, p.birth_year, p.birth_month, p.birth_day,
                   p.address_postcode AS postcode, NULL AS area_code
            FROM person p WHERE p.voided_at IS NULL""";
    /** A child's postcode is that of the latest address, read only for the candidates kept. */
    private static final String WITH_CHILD_POSTCODE = """
            SELECT kept.*, (SELECT a.postcode FROM child_address a WHERE a.child_id = kept.id
                            ORDER BY a.from_date DESC NULLS LAST LIMIT 1) AS postcode
            FROM (%s) AS kept""";

    private final JdbcClient jdbc;

    CandidateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The Double Metaphone codes, primary and alternate, PostgreSQL gives the names, as its indexes hold them. */
    String[] soundCodes(Collection<String> names) {
        return jdbc.sql("SELECT DISTINCT code FROM unnest(?::text[]) AS n(name), "
                        + "LATERAL (VALUES (dmetaphone(n.name)), (dmetaphone_alt(n.name))) AS v(code) "
                        + "WHERE code <> ''")
                .param(names.toArray(String[]::new)).query(String.class).list().toArray(String[]::new);
    }

    /** Up to {@code limit} records of the kind that may match; none when the kind cannot (an adult has no NHS number). */
    List<Candidate> find(RecordKind kind, Wanted wanted, int limit) {
        boolean child = kind == RecordKind.CHILD;
        String alias = child ? "c" : "p";
        if (!child && wanted.nhsNumber() != null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(child ? CHILD : PERSON);
        List<Object> params = new ArrayList<>();
        if (wanted.nameCodes() != null) {
            if (wanted.nameCodes().length == 0) {
                return List.of();
            }
            String surnameSound = "dmetaphone(" + alias + ".surname) = ANY(?)";
            String firstNameSound = "dmetaphone(" + alias + ".first_name) = ANY(?)";
            if (wanted.singleWord()) {
                sql.append(" AND (").append(surnameSound).append(" OR ").append(firstNameSound).append(')');
                params.add(wanted.nameCodes());
                params.add(wanted.nameCodes());
            } else {
                sql.append(" AND ((").append(surnameSound).append(" AND lower(left(").append(alias)
                        .append(".first_name, 1)) = ANY(?)) OR (").append(firstNameSound).append(" AND lower(left(")
                        .append(alias).append(".surname, 1)) = ANY(?)))");
                params.add(wanted.nameCodes());
                params.add(wanted.initials());
                params.add(wanted.nameCodes());
                params.add(wanted.initials());
            }
        }
        SearchCriteria.BirthDate date = wanted.dateOfBirth();
        if (date != null) {
            // A record agrees as far as both dates are given: a record of "2011" is a candidate for 23/04/2011.
            sql.append(" AND ").append(alias).append(".birth_year = ?");
            params.add(date.year());
            if (date.month() != null) {
                sql.append(" AND (").append(alias).append(".birth_month IS NULL OR ").append(alias)
                        .append(".birth_month = ?)");
                params.add(date.month());
            }
            if (date.day() != null) {
                sql.append(" AND (").append(alias).append(".birth_day IS NULL OR ").append(alias)
                        .append(".birth_day = ?)");
                params.add(date.day());
            }
        }
        if (wanted.nhsNumber() != null) {
            sql.append(" AND c.nhs_number = ?");
            params.add(wanted.nhsNumber());
        }
        if (wanted.postcode() != null) {
            sql.append(child ? " AND c.id IN (SELECT a.child_id FROM child_address a "
                    + "WHERE upper(replace(a.postcode, ' ', '')) = ?)"
                    : " AND upper(replace(p.address_postcode, ' ', '')) = ?");
            params.add(wanted.postcode());
        }
        if (wanted.phoneDigits() != null) {
            // An adult's own phone, or intelligence linking anyone to the number.
            sql.append(" AND (").append(alias).append(".id = ANY(?)");
            params.add(wanted.linkedToPhone().toArray(UUID[]::new));
            if (!child) {
                sql.append(" OR regexp_replace(p.phone, '[^0-9]', '', 'g') = ANY(?)");
                params.add(wanted.phoneDigits().toArray(String[]::new));
            }
            sql.append(')');
        }
        if (wanted.linkedToVehicle() != null) {
            sql.append(" AND ").append(alias).append(".id = ANY(?)");
            params.add(wanted.linkedToVehicle().toArray(UUID[]::new));
        }
        List<Candidate> found = read(kind, sql.toString(), params, limit);
        if (found.size() < limit) {
            return found;
        }
        // More may match than are read: read again, the likeliest first. Most searches never need the ordering.
        List<Object> orderedParams = new ArrayList<>(params);
        return read(kind, sql + orderBestFirst(orderedParams, alias, wanted), orderedParams, limit);
    }

    private List<Candidate> read(RecordKind kind, String sql, List<Object> params, int limit) {
        List<Object> limited = new ArrayList<>(params);
        limited.add(limit);
        String query = sql + " LIMIT ?";
        if (kind == RecordKind.CHILD) {
            query = WITH_CHILD_POSTCODE.formatted(query);
        }
        return jdbc.sql(query).params(limited).query((row, n) -> candidate(kind, row)).list();
    }

    /**
     * An ORDER BY for when more records may match than are read, so that the likeliest are read: names nearest in spelling to the words
     * searched for (by edit distance, the sum over both names, or the nearer name for one word), then children of the
     * searcher's own area. This orders, it never filters: the access policy decides each record later.
     */
    private static String orderBestFirst(List<Object> params, String alias, Wanted wanted) {
        List<String> keys = new ArrayList<>();
        if (wanted.nameWords() != null && wanted.nameWords().length > 0) {
            String surname = nearest(alias + ".surname", wanted.nameWords(), params);
            String firstName = nearest(alias + ".first_name", wanted.nameWords(), params);
            keys.add(wanted.singleWord() ? "LEAST(" + surname + ", " + firstName + ")"
                    : surname + " + " + firstName);
        }
        if ("c".equals(alias) && wanted.ownAreas() != null) {
            keys.add("(c.area_code = ANY(?)) DESC");
            params.add(wanted.ownAreas());
        }
        return keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys);
    }

    /** The column's least edit distance to any of the words, written out rather than as a subquery for each row. */
    private static String nearest(String column, String[] words, List<Object> params) {
        List<String> distances = new ArrayList<>();
        for (String word : words) {
            distances.add("levenshtein(lower(" + column + "), ?)");
            params.add(word);
        }
        return "LEAST(" + String.join(", ", distances) + ")";
    }

    private static Candidate candidate(RecordKind kind, ResultSet row) throws SQLException {
        return new Candidate(kind, row.getObject("id", UUID.class), row.getString("first_name"),
                row.getString("surname"), dateOfBirth(row), row.getString("postcode"), row.getString("area_code"));
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
        return row.wasNull() ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
    }
}
