package uk.lantern.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.NewAgency;
import uk.lantern.identity.NewUser;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserChanges;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;

@Service
@Transactional
class IdentityAdministrationService implements IdentityAdministration {

    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final DirectoryRepository directory;
    private final Areas areas;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokens tokens;
    private final Ledger ledger;
    private final Clock clock;

    IdentityAdministrationService(JdbcClient jdbc, DirectoryRepository directory, Areas areas,
                                  PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, ApiTokens tokens,
                                  Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.areas = areas;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public AgencyView createAgency(LedgerActor by, NewAgency agency) {
        ValidAgency valid = validate(agency, Optional.empty());
        AgencyId id = new AgencyId(UUID.randomUUID());
        jdbc.sql("INSERT INTO agency (id, name, agency_type, area_code, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), valid.name(), valid.type().name(), valid.areaCode(),
                        DirectoryRepository.utc(clock.instant()))
                .update();
        ledger.append(new LedgerRecord(by, "AGENCY_CREATED", "AGENCY", id.toString(), valid.asPayload()));
        return directory.agency(id).orElseThrow();
    }

    @Override
    public AgencyView updateAgency(LedgerActor by, AgencyId id, NewAgency changes) {
        directory.agency(id).orElseThrow(() -> new InvalidInputException("agencyId", "No such agency"));
        ValidAgency valid = validate(changes, Optional.of(id));
        jdbc.sql("UPDATE agency SET name = ?, agency_type = ?, area_code = ? WHERE id = ?")
                .params(valid.name(), valid.type().name(), valid.areaCode(), id.value())
                .update();
        ledger.append(new LedgerRecord(by, "AGENCY_CHANGED", "AGENCY", id.toString(), valid.asPayload()));
        return directory.agency(id).orElseThrow();
    }

    private record ValidAgency(String name, AgencyType type, String areaCode) {
        Map<String, Object> asPayload() {
            return Map.of("name", name, "type", type.name(), "areaCode", areaCode);
        }
    }

    private ValidAgency validate(NewAgency agency, Optional<AgencyId> existing) {
        List<FieldError> errors = new ArrayList<>();
        String name = trimmed(agency.name());
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "Enter the agency's name"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "Name must be " + MAX_NAME_LENGTH + " characters or fewer"));
        } else {
            directory.agencyNamed(name).filter(other -> existing.map(id -> !id.equals(other.id())).orElse(true))
                    .ifPresent(other -> errors.add(new FieldError("name", "An agency with this name already exists")));
        }
        Optional<AgencyType> type = AgencyType.parse(agency.type());
        if (type.isEmpty()) {
            errors.add(new FieldError("type", agency.type() == null || agency.type().isBlank()
                    ? "Select the type of agency" : "Unknown agency type '" + agency.type() + "'"));
        }
        String areaCode = trimmed(agency.areaCode()).toUpperCase();
        if (areaCode.isEmpty()) {
            errors.add(new FieldError("areaCode", "Select the agency's area"));
        } else if (!areas.isKnown(areaCode)) {
            errors.add(new FieldError("areaCode", "Unknown area code '" + areaCode + "': use an ONS code such as "
                    + "E08000005 (Rochdale) or E23000005 (Greater Manchester)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidAgency(name, type.get(), areaCode);
    }

    @Override
    public UserView createUser(LedgerActor by, NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        String username = DirectoryRepository.normaliseUsername(user.username());
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "Enter a username"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "Username must be 2 to 64 letters, digits, dots, hyphens or "
                    + "underscores, starting with a letter or digit"));
        } else if (directory.userNamed(username).isPresent()) {
            errors.add(new FieldError("username", "A user with this username already exists"));
        }
        UserDetailsInput details = validateDetails(user.displayName(), user.email(), user.agencyId(), user.roles(),
                errors);
        passwordPolicy.problemWith(user.password(), username)
                .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserId id = new UserId(UUID.randomUUID());
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, email, password_hash, agency_id, roles, enabled,
                                      created_at, password_changed_at, sign_ins_valid_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)""")
                .params(id.value(), username, details.displayName(), details.email(),
                        passwordEncoder.encode(user.password()), details.agencyId().value(), details.roleArray(),
                        DirectoryRepository.utc(now), DirectoryRepository.utc(now), DirectoryRepository.utc(now))
                .update();
        Map<String, Object> payload = details.asPayload();
        payload.put("username", username);
        ledger.append(new LedgerRecord(by, "USER_CREATED", "USER", id.toString(), payload));
        return directory.user(id).orElseThrow();
    }

    @Override
    public UserView updateUser(LedgerActor by, UserId id, UserChanges changes) {
        UserView current = directory.user(id).orElseThrow(() -> new InvalidInputException("userId", "No such user"));
        List<FieldError> errors = new ArrayList<>();
        UserDetailsInput details = validateDetails(changes.displayName(), changes.email(), changes.agencyId(),
                changes.roles(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (changes.headOfService() && !details.roles().contains(Role.MANAGER)) {
            throw new InvalidInputException("headOfService", "Only a manager can be head of service");
        }
        boolean disabling = current.enabled() && !changes.enabled();
        // Disabling ends every session and token the user has, so that enabling the account again brings none back.
        jdbc.sql("UPDATE app_user SET display_name = ?, email = ?, agency_id = ?, roles = ?, enabled = ?, "
                        + "head_of_service = ?, sign_ins_valid_from = CASE WHEN ? THEN ? ELSE sign_ins_valid_from END "
                        + "WHERE id = ?")
                .params(details.displayName(), details.email(), details.agencyId().value(), details.roleArray(),
                        changes.enabled(), changes.headOfService(), disabling, DirectoryRepository.utc(clock.instant()),
                        id.value())
                .update();
        if (disabling) {
            tokens.revokeAllOf(by, id, ApiTokens.RevocationReason.ACCOUNT_DISABLED);
        }
        Map<String, Object> payload = details.asPayload();
        payload.put("username", current.username());
        payload.put("enabled", changes.enabled());
        payload.put("headOfService", changes.headOfService());
        ledger.append(new LedgerRecord(by, "USER_CHANGED", "USER", id.toString(), payload));
        return directory.user(id).orElseThrow();
    }

    @Override
    public void changePassword(LedgerActor by, UserId id, String newPassword) {
        UserView user = directory.user(id).orElseThrow(() -> new InvalidInputException("userId", "No such user"));
        passwordPolicy.problemWith(newPassword, user.username()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        // Whoever knew the old password loses what it gave them: every session and token begun before now.
        Instant now = clock.instant();
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = ?, sign_ins_valid_from = ? WHERE id = ?")
                .params(passwordEncoder.encode(newPassword), DirectoryRepository.utc(now), DirectoryRepository.utc(now),
                        id.value())
                .update();
        ledger.append(new LedgerRecord(by, "USER_PASSWORD_CHANGED", "USER", id.toString(),
                Map.of("username", user.username())));
        tokens.revokeAllOf(by, id, ApiTokens.RevocationReason.PASSWORD_CHANGED);
    }

    @Override
    public void unlock(LedgerActor by, UserId id) {
        UserView user = directory.user(id).orElseThrow(() -> new InvalidInputException("userId", "No such user"));
        jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_sign_ins = 0 WHERE id = ?").param(id.value())
                .update();
        ledger.append(new LedgerRecord(by, "USER_UNLOCKED", "USER", id.toString(),
                Map.of("username", user.username())));
    }

    private record UserDetailsInput(String displayName, String email, AgencyId agencyId, Set<Role> roles) {
        String[] roleArray() {
            return roles.stream().map(Role::name).sorted().toArray(String[]::new);
        }

        Map<String, Object> asPayload() {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("displayName", displayName);
            payload.put("email", email == null ? "" : email);
            payload.put("agencyId", agencyId.toString());
            payload.put("roles", List.of(roleArray()));
            return payload;
        }
    }

    private UserDetailsInput validateDetails(String displayName, String email, String agencyId, List<String> roles,
                                             List<FieldError> errors) {
        String name = trimmed(displayName);
        if (name.isEmpty()) {
            errors.add(new FieldError("displayName", "Enter the person's full name"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("displayName", "Full name must be " + MAX_NAME_LENGTH
                    + " characters or fewer"));
        }
        String mail = trimmed(email);
        if (mail.length() > MAX_EMAIL_LENGTH) {
            errors.add(new FieldError("email", "Email address must be " + MAX_EMAIL_LENGTH + " characters or fewer"));
        } else if (!mail.isEmpty() && !EMAIL.matcher(mail).matches()) {
            errors.add(new FieldError("email", "Enter an email address in the correct format, like name@example.org"));
        }
        AgencyId agency = null;
        try {
            agency = agencyId == null || agencyId.isBlank() ? null : AgencyId.of(agencyId.trim());
        } catch (IllegalArgumentException malformed) {
            agency = null;
        }
        if (agency == null || directory.agency(agency).isEmpty()) {
            errors.add(new FieldError("agencyId", agencyId == null || agencyId.isBlank()
                    ? "Select the user's agency" : "Unknown agency '" + agencyId + "'"));
        }
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "Select at least one role"));
        } else {
            for (int i = 0; i < roles.size(); i++) {
                String text = roles.get(i);
                Optional<Role> role = Role.parse(text);
                if (role.isPresent()) {
                    parsed.add(role.get());
                } else {
                    errors.add(new FieldError("roles[" + i + "]", "Unknown role '" + text + "'. Roles are: "
                            + String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::name).toList())));
                }
            }
        }
        return new UserDetailsInput(name, mail.isEmpty() ? null : mail, agency, parsed);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }
}
