package uk.lantern.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.ledger.CaseReferences;
import uk.lantern.ledger.HoldScope;
import uk.lantern.ledger.InvalidLegalHoldException;
import uk.lantern.ledger.InvalidLegalHoldException.FieldProblem;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.ledger.LegalHold;
import uk.lantern.ledger.LegalHolds;
import uk.lantern.ledger.NewLegalHold;
import uk.lantern.ledger.StandingHolds;

/**
 * Legal holds in PostgreSQL. Placing or releasing a hold takes an exclusive advisory lock that a purge takes shared
 * ({@link #standingForPurge()}), so a purge never works from a list of holds that a concurrent placement has just
 * made stale. Both take it before their first ledger append, so the two locks are always taken in the same order.
 */
@Service
class LegalHoldRegister implements LegalHolds {

    static final String SUBJECT_TYPE = "LEGAL_HOLD";
    static final int MAX_REASON = 2000;
    static final int MAX_REFERENCE = 40;
    private static final long HOLD_LOCK = 0x4c6567616c486f6cL;
    private static final String COLUMNS = "id, scope, scope_reference, reason, placed_by, placed_at, released_by, "
            + "released_at, release_reason";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Areas areas;
    private final ObjectProvider<CaseReferences> caseReferences;
    private final Clock clock;

    LegalHoldRegister(JdbcClient jdbc, Ledger ledger, Areas areas, ObjectProvider<CaseReferences> caseReferences,
                      Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.areas = areas;
        this.caseReferences = caseReferences;
        this.clock = clock;
    }

    @Override
    @Transactional
    public LegalHold place(LedgerActor by, NewLegalHold hold) {
        lockExclusively();
        List<FieldProblem> problems = new ArrayList<>();
        HoldScope scope = scope(hold.scope(), problems);
        String reference = hold.reference() == null ? "" : hold.reference().trim().toUpperCase(Locale.ROOT);
        if (reference.isEmpty()) {
            problems.add(new FieldProblem("reference", scope == HoldScope.AREA ? "Enter the area's ONS code"
                    : scope == HoldScope.CASE ? "Enter the case reference" : "Enter the case reference or area code"));
        } else if (reference.length() > MAX_REFERENCE) {
            problems.add(new FieldProblem("reference", "Must be " + MAX_REFERENCE + " characters or fewer"));
        } else if (scope == HoldScope.CASE && !caseExists(reference)) {
            problems.add(new FieldProblem("reference", "No case has the reference '" + reference
                    + "'. Case references look like CASE-2026-000123"));
        } else if (scope == HoldScope.AREA && !areas.isKnown(reference)) {
            problems.add(new FieldProblem("reference", "Unknown area code '" + reference + "'. Use an ONS code such "
                    + "as E08000005 (a local authority) or E23000005 (a police force area)"));
        }
        String reason = reason(hold.reason(), "Say why the hold is needed, for example the inquiry it serves",
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidLegalHoldException(problems);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("INSERT INTO legal_hold (id, scope, scope_reference, reason, placed_by, placed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, scope.name(), reference, reason, by.actorName(), now.atOffset(ZoneOffset.UTC))
                .update();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("scope", scope.name());
        payload.put("reference", reference);
        payload.put("reason", reason);
        ledger.append(new LedgerRecord(by, "LEGAL_HOLD_PLACED", SUBJECT_TYPE, id.toString(), payload));
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public LegalHold release(LedgerActor by, UUID id, String reason) {
        lockExclusively();
        LegalHold hold = jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE id = ? FOR UPDATE").param(id)
                .query(LegalHoldRegister::hold).optional()
                .orElseThrow(() -> new NoSuchElementException("No legal hold has the id " + id));
        List<FieldProblem> problems = new ArrayList<>();
        if (!hold.standing()) {
            problems.add(new FieldProblem("hold", "This hold was already released by " + hold.releasedBy() + " on "
                    + hold.releasedAt().truncatedTo(ChronoUnit.SECONDS)));
        }
        String stated = reason(reason, "Say why the hold can be released, for example that the inquiry has "
                + "reported", problems);
        if (!problems.isEmpty()) {
            throw new InvalidLegalHoldException(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("UPDATE legal_hold SET released_by = ?, released_at = ?, release_reason = ? WHERE id = ?")
                .params(by.actorName(), now.atOffset(ZoneOffset.UTC), stated, id).update();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("scope", hold.scope().name());
        payload.put("reference", hold.reference());
        payload.put("reason", stated);
        ledger.append(new LedgerRecord(by, "LEGAL_HOLD_RELEASED", SUBJECT_TYPE, id.toString(), payload));
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LegalHold> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE id = ?").param(id)
                .query(LegalHoldRegister::hold).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LegalHold> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold "
                        + "ORDER BY released_at IS NOT NULL, coalesce(released_at, placed_at) DESC, placed_at DESC")
                .query(LegalHoldRegister::hold).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LegalHold> holdsCovering(String caseReference, String areaCode) {
        return standing().stream().filter(hold -> switch (hold.scope()) {
            case CASE -> hold.reference().equals(caseReference);
            case AREA -> areas.covers(hold.reference(), areaCode);
        }).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public StandingHolds standingForPurge() {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(?)").param(HOLD_LOCK).query((row, n) -> 0).single();
        List<LegalHold> holds = standing();
        Set<String> cases = new HashSet<>();
        Set<String> areaCodes = new HashSet<>();
        for (LegalHold hold : holds) {
            if (hold.scope() == HoldScope.CASE) {
                cases.add(hold.reference());
            } else {
                areaCodes.add(hold.reference());
                areaCodes.addAll(areas.localAuthoritiesCoveredBy(hold.reference()));
            }
        }
        return new StandingHolds(holds, cases, areaCodes);
    }

    private List<LegalHold> standing() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE released_at IS NULL ORDER BY placed_at")
                .query(LegalHoldRegister::hold).list();
    }

    private void lockExclusively() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(HOLD_LOCK).query((row, n) -> 0).single();
    }

    private boolean caseExists(String reference) {
        CaseReferences references = caseReferences.getIfAvailable();
        return references != null && references.exists(reference);
    }

    private static HoldScope scope(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("scope", "Choose what to hold: CASE (one case) or AREA (every case in an "
                    + "area)"));
            return null;
        }
        try {
            return HoldScope.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("scope", "Unknown scope '" + text.trim() + "'. Use CASE (one case) or AREA "
                    + "(every case in an area)"));
            return null;
        }
    }

    private static String reason(String text, String missing, List<FieldProblem> problems) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            problems.add(new FieldProblem("reason", missing));
        } else if (value.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "Must be " + MAX_REASON + " characters or fewer"));
        }
        return value;
    }

    private static LegalHold hold(ResultSet row, int rowNumber) throws SQLException {
        return new LegalHold(row.getObject("id", UUID.class), HoldScope.valueOf(row.getString("scope")),
                row.getString("scope_reference"), row.getString("reason"), row.getString("placed_by"),
                instant(row, "placed_at"), row.getString("released_by"), instant(row, "released_at"),
                row.getString("release_reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
