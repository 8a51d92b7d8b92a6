package uk.lantern.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.UserId;

/** Loads the sign-in view of a user: credentials, lock state and the actor they become. */
@Repository
class AccountRepository {

    private static final String QUERY = "SELECT u.id, u.username, u.display_name, u.password_hash, u.enabled, "
            + "u.locked_until, u.sign_ins_valid_from, u.roles, a.id AS agency_id, a.name AS agency_name, "
            + "a.agency_type, a.area_code FROM app_user u JOIN agency a ON a.id = u.agency_id ";

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<SignInAccount> byUsername(String username) {
        return jdbc.sql(QUERY + "WHERE u.username = ?").param(DirectoryRepository.normaliseUsername(username))
                .query(this::account).optional();
    }

    Optional<SignInAccount> byId(UserId id) {
        return jdbc.sql(QUERY + "WHERE u.id = ?").param(id.value()).query(this::account).optional();
    }

    private SignInAccount account(ResultSet row, int rowNumber) throws SQLException {
        Actor actor = new Actor(new UserId(row.getObject("id", UUID.class)), row.getString("username"),
                row.getString("display_name"), new AgencyId(row.getObject("agency_id", UUID.class)),
                row.getString("agency_name"), AgencyType.valueOf(row.getString("agency_type")),
                row.getString("area_code"), DirectoryRepository.roles(row.getArray("roles")));
        Instant lockedUntil = DirectoryRepository.instant(row, "locked_until");
        return new SignInAccount(actor, row.getString("password_hash"), row.getBoolean("enabled"), lockedUntil,
                clock.instant(), DirectoryRepository.instant(row, "sign_ins_valid_from"), null);
    }
}
