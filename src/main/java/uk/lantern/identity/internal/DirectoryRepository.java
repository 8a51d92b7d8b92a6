package uk.lantern.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;

/** Agencies and users in PostgreSQL. */
@Repository
@Transactional(readOnly = true)
class DirectoryRepository implements Directory {

    private static final String AGENCY_COLUMNS = "a.id, a.name, a.agency_type, a.area_code, a.created_at";
    private static final String USER_QUERY = "SELECT u.id, u.username, u.display_name, u.email, u.agency_id, "
            + "u.roles, u.enabled, u.locked_until, u.created_at, u.head_of_service, a.name AS agency_name, a.area_code "
            + "FROM app_user u JOIN agency a ON a.id = u.agency_id ";

    private final JdbcClient jdbc;
    private final Areas areas;

    DirectoryRepository(JdbcClient jdbc, Areas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    @Override
    public List<AgencyView> agencies() {
        return jdbc.sql("SELECT " + AGENCY_COLUMNS + " FROM agency a ORDER BY a.name").query(this::agencyFromRow).list();
    }

    @Override
    public Optional<AgencyView> agency(AgencyId id) {
        return jdbc.sql("SELECT " + AGENCY_COLUMNS + " FROM agency a WHERE a.id = ?").param(id.value())
                .query(this::agencyFromRow).optional();
    }

    @Override
    public Optional<AgencyView> agencyNamed(String name) {
        return jdbc.sql("SELECT " + AGENCY_COLUMNS + " FROM agency a WHERE lower(a.name) = lower(?)").param(name)
                .query(this::agencyFromRow).optional();
    }

    @Override
    public List<AgencyView> agenciesIn(String areaCode, AgencyType type) {
        return jdbc.sql("SELECT " + AGENCY_COLUMNS + " FROM agency a WHERE a.area_code = ? AND a.agency_type = ? "
                        + "ORDER BY a.created_at")
                .params(areaCode, type.name()).query(this::agencyFromRow).list();
    }

    @Override
    public List<UserView> users() {
        return jdbc.sql(USER_QUERY + "ORDER BY u.username").query(DirectoryRepository::user).list();
    }

    @Override
    public Optional<UserView> user(UserId id) {
        return jdbc.sql(USER_QUERY + "WHERE u.id = ?").param(id.value()).query(DirectoryRepository::user).optional();
    }

    @Override
    public Optional<UserView> userNamed(String username) {
        return jdbc.sql(USER_QUERY + "WHERE u.username = ?").param(normaliseUsername(username))
                .query(DirectoryRepository::user).optional();
    }

    @Override
    public List<UserView> usersWithRole(AgencyId agency, Role role) {
        return jdbc.sql(USER_QUERY + "WHERE u.agency_id = ? AND ? = ANY(u.roles) AND u.enabled ORDER BY u.username")
                .params(agency.value(), role.name()).query(DirectoryRepository::user).list();
    }

    @Override
    public List<UserView> headsOfService(AgencyId agency) {
        return jdbc.sql(USER_QUERY + "WHERE u.agency_id = ? AND 'MANAGER' = ANY(u.roles) AND u.head_of_service "
                        + "AND u.enabled ORDER BY u.username")
                .param(agency.value()).query(DirectoryRepository::user).list();
    }

    Optional<String> passwordHash(UserId id) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id.value()).query(String.class)
                .optional();
    }

    static String normaliseUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    private AgencyView agencyFromRow(ResultSet row, int rowNumber) throws SQLException {
        String areaCode = row.getString("area_code");
        return new AgencyView(new AgencyId(row.getObject("id", UUID.class)), row.getString("name"),
                AgencyType.valueOf(row.getString("agency_type")), areaCode,
                areas.find(areaCode).map(area -> area.name()).orElse(areaCode),
                instant(row, "created_at"));
    }

    static UserView user(ResultSet row, int rowNumber) throws SQLException {
        return new UserView(new UserId(row.getObject("id", UUID.class)), row.getString("username"),
                row.getString("display_name"), row.getString("email"),
                new AgencyId(row.getObject("agency_id", UUID.class)), row.getString("agency_name"),
                row.getString("area_code"), roles(row.getArray("roles")), row.getBoolean("enabled"),
                instant(row, "locked_until"), instant(row, "created_at"), row.getBoolean("head_of_service"));
    }

    static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Arrays.stream(names).map(Role::valueOf).collect(Collectors.toSet()));
        return roles;
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
