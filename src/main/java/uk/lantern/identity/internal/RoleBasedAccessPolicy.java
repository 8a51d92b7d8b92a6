package uk.lantern.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.identity.AccessDecision;
import uk.lantern.identity.AccessDecision.Basis;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.Operation;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.RecordRef;
import uk.lantern.identity.Role;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;

/**
 * The access rules, in the order they are tried: a relationship to the record (assigned, granted, break-glass,
 * referred), then the scope of each of the actor's roles. docs/roles.md states them for people.
 */
@Service
class RoleBasedAccessPolicy implements AccessPolicy {

    private final AccessGrants grants;
    private final Areas areas;
    private final Ledger ledger;

    RoleBasedAccessPolicy(AccessGrants grants, Areas areas, Ledger ledger) {
        this.grants = grants;
        this.areas = areas;
        this.ledger = ledger;
    }

    @Override
    public AccessDecision decide(Actor actor, Operation operation, ProtectedRecord record) {
        return decide(actor, operation, record, ref -> grants.activeKind(actor.userId(), ref));
    }

    /** The rules, with the actor's grant to a record looked up by the caller: one at a time, or all at once. */
    private AccessDecision decide(Actor actor, Operation operation, ProtectedRecord record,
                                  Function<RecordRef, Optional<String>> grantTo) {
        // Oversight works on aggregates only: no assignment, grant or referral opens a named record to it.
        if (onlyOversight(actor)) {
            return AccessDecision.refuse(Basis.ROLE_NEVER_READS_NAMED_RECORDS, false);
        }
        return relationship(actor, operation, record, grantTo)
                .or(() -> roleScope(actor, operation, record))
                .orElseGet(() -> refusal(actor, operation));
    }

    private Optional<AccessDecision> relationship(Actor actor, Operation operation, ProtectedRecord record,
                                                  Function<RecordRef, Optional<String>> grantTo) {
        if (record.assignedUsers().contains(actor.userId())) {
            return Optional.of(AccessDecision.allow(Basis.ASSIGNED));
        }
        Optional<String> grant = grantTo.apply(record.ref());
        if (grant.filter("GRANT"::equals).isPresent()) {
            return Optional.of(AccessDecision.allow(Basis.GRANTED));
        }
        // Break-glass lets a practitioner see what they need in an emergency; changing the record still needs
        // assignment or a grant.
        if (grant.filter("BREAK_GLASS"::equals).isPresent() && operation == Operation.READ) {
            return Optional.of(AccessDecision.allow(Basis.BREAK_GLASS));
        }
        if (record.referrers().contains(actor.userId()) && operation == Operation.READ) {
            return Optional.of(AccessDecision.allow(Basis.REFERRED));
        }
        return Optional.empty();
    }

    private Optional<AccessDecision> roleScope(Actor actor, Operation operation, ProtectedRecord record) {
        boolean inArea = record.areaCodes().stream().anyMatch(area -> areas.covers(actor.areaCode(), area));
        if (!inArea) {
            return Optional.empty();
        }
        if (actor.hasRole(Role.TRIAGE)) {
            return Optional.of(AccessDecision.allow(Basis.AREA_SCOPE));
        }
        if (actor.hasRole(Role.MANAGER)) {
            Optional<AccessDecision> team = managerScope(actor, operation, record);
            if (team.isPresent()) {
                return team;
            }
        }
        boolean readsInArea = actor.hasRole(Role.ANALYST)
                || (actor.hasRole(Role.POLICE_INVESTIGATOR) && actor.agencyType() == AgencyType.POLICE);
        if (readsInArea && operation == Operation.READ) {
            return Optional.of(AccessDecision.allow(Basis.AREA_SCOPE));
        }
        return Optional.empty();
    }

    private static boolean onlyOversight(Actor actor) {
        return actor.roles().stream().allMatch(role -> role == Role.AUDITOR);
    }

    /**
     * A manager can do everything their team can: in children's social care that is the front door's whole area;
     * in a police force, reading across the force area; elsewhere, the records their own agency is involved in.
     */
    private static Optional<AccessDecision> managerScope(Actor manager, Operation operation, ProtectedRecord record) {
        if (manager.agencyType() == AgencyType.CHILDRENS_SOCIAL_CARE
                || record.agencyIds().contains(manager.agencyId())) {
            return Optional.of(AccessDecision.allow(Basis.AGENCY_AND_AREA_SCOPE));
        }
        if (manager.agencyType() == AgencyType.POLICE && operation == Operation.READ) {
            return Optional.of(AccessDecision.allow(Basis.AREA_SCOPE));
        }
        return Optional.empty();
    }

    private static AccessDecision refusal(Actor actor, Operation operation) {
        return AccessDecision.refuse(Basis.OUT_OF_SCOPE,
                operation == Operation.READ && actor.can(Capability.USE_BREAK_GLASS));
    }

    @Override
    @Transactional
    public AccessDecision authoriseRead(Actor actor, ProtectedRecord record, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "State the purpose of reading this record");
        }
        AccessDecision decision = decide(actor, Operation.READ, record);
        if (!decision.allowed()) {
            throw new AccessRefusedException(record.ref(), decision.breakGlassAvailable());
        }
        ledger.append(new LedgerRecord(actor, "RECORD_READ", record.ref().type(), record.ref().id(),
                Map.of("purpose", purpose.trim(), "basis", decision.basis().name())));
        return decision;
    }

    @Override
    public <T> List<T> readable(Actor actor, List<T> rows, Function<T, ProtectedRecord> recordOf) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<RecordRef, String> actorGrants = grants.activeKinds(actor.userId());
        return rows.stream().filter(row -> decide(actor, Operation.READ, recordOf.apply(row),
                ref -> Optional.ofNullable(actorGrants.get(ref))).allowed()).toList();
    }

    @Override
    @Transactional
    public void logListRead(Actor actor, String list, String purpose, Collection<RecordRef> shown) {
        if (shown.isEmpty()) {
            return;
        }
        ledger.append(new LedgerRecord(actor, "LIST_READ", "LIST", list, Map.of("purpose", purpose,
                "records", shown.stream().map(RecordRef::toString).distinct().toList())));
    }

    @Override
    public AccessDecision authoriseChange(Actor actor, ProtectedRecord record) {
        AccessDecision decision = decide(actor, Operation.CHANGE, record);
        if (!decision.allowed()) {
            throw new AccessRefusedException(record.ref(), false);
        }
        return decision;
    }
}
