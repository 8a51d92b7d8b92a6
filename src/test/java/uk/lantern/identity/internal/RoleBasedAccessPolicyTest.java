package uk.lantern.identity.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.lantern.area.Areas;
import uk.lantern.identity.AccessDecision;
import uk.lantern.identity.AccessDecision.Basis;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.Operation;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.RecordRef;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserId;
import uk.lantern.ledger.Ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RoleBasedAccessPolicyTest {

    private static final String ROCHDALE = "E08000005";
    private static final String OLDHAM = "E08000004";
    private static final String GREATER_MANCHESTER = "E23000005";
    private static final String SOUTH_YORKSHIRE = "E23000011";
    private static final AgencyId ROCHDALE_SOCIAL_CARE = new AgencyId(UUID.randomUUID());
    private static final AgencyId ROCHDALE_HEALTH = new AgencyId(UUID.randomUUID());

    private final AccessGrants grants = mock(AccessGrants.class);
    private final RoleBasedAccessPolicy policy = new RoleBasedAccessPolicy(grants, new Areas(), mock(Ledger.class));

    private static Actor actor(Role role, AgencyId agency, AgencyType type, String area) {
        return new Actor(new UserId(UUID.randomUUID()), role.name().toLowerCase(), "Someone", agency, "Agency", type,
                area, Set.of(role));
    }

    private static ProtectedRecord rochdaleRecord(Set<UserId> assigned, Set<UserId> referrers) {
        return new ProtectedRecord(new RecordRef("CHILD", "c1"), Set.of(ROCHDALE), Set.of(ROCHDALE_SOCIAL_CARE),
                assigned, referrers);
    }

    private AccessDecision decide(Actor actor, Operation operation, ProtectedRecord record) {
        when(grants.activeKind(any(), any())).thenReturn(Optional.empty());
        return policy.decide(actor, operation, record);
    }

    @Test
    void triageReadsAndChangesRecordsInTheirArea() {
        Actor triage = actor(Role.TRIAGE, ROCHDALE_SOCIAL_CARE, AgencyType.CHILDRENS_SOCIAL_CARE, ROCHDALE);
        assertThat(decide(triage, Operation.READ, rochdaleRecord(Set.of(), Set.of())).basis())
                .isEqualTo(Basis.AREA_SCOPE);
        assertThat(decide(triage, Operation.CHANGE, rochdaleRecord(Set.of(), Set.of())).allowed()).isTrue();
    }

    @Test
    void triageInAnotherAreaIsRefusedButMayBreakGlass() {
        Actor oldhamTriage = actor(Role.TRIAGE, new AgencyId(UUID.randomUUID()), AgencyType.CHILDRENS_SOCIAL_CARE,
                OLDHAM);
        AccessDecision decision = decide(oldhamTriage, Operation.READ, rochdaleRecord(Set.of(), Set.of()));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.basis()).isEqualTo(Basis.OUT_OF_SCOPE);
        assertThat(decision.breakGlassAvailable()).isTrue();
    }

    @Test
    void aReferrerReadsOnlyWhatTheyReferredAndNeverChangesIt() {
        Actor referrer = actor(Role.REFERRER, ROCHDALE_HEALTH, AgencyType.HEALTH, ROCHDALE);
        ProtectedRecord referred = rochdaleRecord(Set.of(), Set.of(referrer.userId()));
        assertThat(decide(referrer, Operation.READ, referred).basis()).isEqualTo(Basis.REFERRED);
        assertThat(decide(referrer, Operation.CHANGE, referred).allowed()).isFalse();
        AccessDecision other = decide(referrer, Operation.READ, rochdaleRecord(Set.of(), Set.of()));
        assertThat(other.allowed()).isFalse();
        assertThat(other.breakGlassAvailable()).isFalse();
    }

    @Test
    void aSocialWorkerSeesAssignedRecordsOnly() {
        Actor worker = actor(Role.SOCIAL_WORKER, ROCHDALE_SOCIAL_CARE, AgencyType.CHILDRENS_SOCIAL_CARE, ROCHDALE);
        assertThat(decide(worker, Operation.CHANGE, rochdaleRecord(Set.of(worker.userId()), Set.of())).basis())
                .isEqualTo(Basis.ASSIGNED);
        AccessDecision unassigned = decide(worker, Operation.READ, rochdaleRecord(Set.of(), Set.of()));
        assertThat(unassigned.allowed()).isFalse();
        assertThat(unassigned.breakGlassAvailable()).isTrue();
    }

    @Test
    void aSocialCareManagerSeesWhatTheirFrontDoorSeesInTheirArea() {
        Actor manager = actor(Role.MANAGER, new AgencyId(UUID.randomUUID()), AgencyType.CHILDRENS_SOCIAL_CARE,
                ROCHDALE);
        assertThat(decide(manager, Operation.CHANGE, rochdaleRecord(Set.of(), Set.of())).basis())
                .isEqualTo(Basis.AGENCY_AND_AREA_SCOPE);
        Actor oldhamManager = actor(Role.MANAGER, new AgencyId(UUID.randomUUID()),
                AgencyType.CHILDRENS_SOCIAL_CARE, OLDHAM);
        assertThat(decide(oldhamManager, Operation.READ, rochdaleRecord(Set.of(), Set.of())).allowed()).isFalse();
    }

    @Test
    void anotherAgencysManagerSeesOnlyRecordsTheirAgencyIsInvolvedIn() {
        Actor healthManager = actor(Role.MANAGER, ROCHDALE_HEALTH, AgencyType.HEALTH, ROCHDALE);
        assertThat(decide(healthManager, Operation.READ, rochdaleRecord(Set.of(), Set.of())).allowed()).isFalse();
        ProtectedRecord involvingHealth = new ProtectedRecord(new RecordRef("CHILD", "c2"), Set.of(ROCHDALE),
                Set.of(ROCHDALE_SOCIAL_CARE, ROCHDALE_HEALTH), Set.of(), Set.of());
        assertThat(decide(healthManager, Operation.CHANGE, involvingHealth).allowed()).isTrue();
    }

    @Test
    void aPoliceManagerReadsAcrossTheForceArea() {
        Actor policeManager = actor(Role.MANAGER, new AgencyId(UUID.randomUUID()), AgencyType.POLICE,
                GREATER_MANCHESTER);
        assertThat(decide(policeManager, Operation.READ, rochdaleRecord(Set.of(), Set.of())).allowed()).isTrue();
        assertThat(decide(policeManager, Operation.CHANGE, rochdaleRecord(Set.of(), Set.of())).allowed()).isFalse();
    }

    @Test
    void aPoliceInvestigatorReadsAcrossTheirForceAreaButNotAnother() {
        Actor gmp = actor(Role.POLICE_INVESTIGATOR, new AgencyId(UUID.randomUUID()), AgencyType.POLICE,
                GREATER_MANCHESTER);
        assertThat(decide(gmp, Operation.READ, rochdaleRecord(Set.of(), Set.of())).basis())
                .isEqualTo(Basis.AREA_SCOPE);
        assertThat(decide(gmp, Operation.CHANGE, rochdaleRecord(Set.of(), Set.of())).allowed()).isFalse();
        Actor syp = actor(Role.POLICE_INVESTIGATOR, new AgencyId(UUID.randomUUID()), AgencyType.POLICE,
                SOUTH_YORKSHIRE);
        assertThat(decide(syp, Operation.READ, rochdaleRecord(Set.of(), Set.of())).allowed()).isFalse();
    }

    @Test
    void anAuditorNeverReadsANamedRecordNorBreaksGlass() {
        Actor auditor = actor(Role.AUDITOR, new AgencyId(UUID.randomUUID()), AgencyType.OVERSIGHT, "E92000001");
        AccessDecision decision = decide(auditor, Operation.READ, rochdaleRecord(Set.of(), Set.of()));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.basis()).isEqualTo(Basis.ROLE_NEVER_READS_NAMED_RECORDS);
        assertThat(decision.breakGlassAvailable()).isFalse();
    }

    @Test
    void anAuditorIsRefusedEvenWhenGrantedOrAssigned() {
        Actor auditor = actor(Role.AUDITOR, new AgencyId(UUID.randomUUID()), AgencyType.OVERSIGHT, ROCHDALE);
        when(grants.activeKind(any(), any())).thenReturn(Optional.of("GRANT"));
        AccessDecision decision = policy.decide(auditor, Operation.READ,
                rochdaleRecord(Set.of(auditor.userId()), Set.of(auditor.userId())));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.basis()).isEqualTo(Basis.ROLE_NEVER_READS_NAMED_RECORDS);
    }

    @Test
    void anAdministratorDoesNotReadCaseContentByDefault() {
        Actor admin = actor(Role.ADMINISTRATOR, new AgencyId(UUID.randomUUID()), AgencyType.SERVICE_OPERATOR,
                ROCHDALE);
        AccessDecision decision = decide(admin, Operation.READ, rochdaleRecord(Set.of(), Set.of()));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.breakGlassAvailable()).isFalse();
    }

    @Test
    void breakGlassAllowsReadingButNotChanging() {
        Actor worker = actor(Role.SOCIAL_WORKER, ROCHDALE_SOCIAL_CARE, AgencyType.CHILDRENS_SOCIAL_CARE, ROCHDALE);
        when(grants.activeKind(any(), any())).thenReturn(Optional.of("BREAK_GLASS"));
        assertThat(policy.decide(worker, Operation.READ, rochdaleRecord(Set.of(), Set.of())).basis())
                .isEqualTo(Basis.BREAK_GLASS);
        assertThat(policy.decide(worker, Operation.CHANGE, rochdaleRecord(Set.of(), Set.of())).allowed()).isFalse();
    }

    @Test
    void aGrantAllowsReadingAndChanging() {
        Actor admin = actor(Role.ADMINISTRATOR, new AgencyId(UUID.randomUUID()), AgencyType.SERVICE_OPERATOR,
                ROCHDALE);
        when(grants.activeKind(any(), any())).thenReturn(Optional.of("GRANT"));
        assertThat(policy.decide(admin, Operation.CHANGE, rochdaleRecord(Set.of(), Set.of())).basis())
                .isEqualTo(Basis.GRANTED);
    }
}
