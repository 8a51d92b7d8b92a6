package uk.lantern.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role lets a user do regardless of any particular record. Each capability is granted to the user as a
 * Spring Security authority of the same name, so endpoints in any module can require it without knowing roles.
 */
public enum Capability {
    VERIFY_LEDGER(Role.AUDITOR, Role.ADMINISTRATOR),
    MANAGE_USERS(Role.ADMINISTRATOR),
    MANAGE_AGENCIES(Role.ADMINISTRATOR),
    REVIEW_BREAK_GLASS(Role.MANAGER),
    USE_BREAK_GLASS(Role.TRIAGE, Role.SOCIAL_WORKER, Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER),
    /** Any practitioner in any agency can raise a concern; oversight and administration are not practitioners. */
    RAISE_REFERRAL(Role.REFERRER, Role.TRIAGE, Role.SOCIAL_WORKER, Role.POLICE_INVESTIGATOR, Role.ANALYST,
            Role.MANAGER),
    DECIDE_REFERRALS(Role.TRIAGE, Role.MANAGER),
    SIGN_OFF_DECISIONS(Role.MANAGER),
    ASSIGN_CASES(Role.MANAGER, Role.TRIAGE),
    /** Case steps are recorded by social workers and, when they must, by their managers. */
    WORK_CASES(Role.SOCIAL_WORKER, Role.MANAGER),
    /** The front door and the police take missing reports; social workers and managers record them too. */
    RECORD_MISSING(Role.TRIAGE, Role.POLICE_INVESTIGATOR, Role.SOCIAL_WORKER, Role.MANAGER),
    /** Return home interviews are held by social care: the assigned worker, the front door or a manager. */
    RECORD_RETURN_INTERVIEWS(Role.TRIAGE, Role.SOCIAL_WORKER, Role.MANAGER),
    /**
     * Police and social care both pass on intelligence: a partner agency's practitioners and managers record what
     * they learn as partnership intelligence, graded like any other report.
     */
    SUBMIT_INTELLIGENCE(Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.SOCIAL_WORKER, Role.TRIAGE, Role.MANAGER),
    /**
     * What every agency knows about a child at the point of decision (MASH research): for the practitioners who
     * protect children, each item still cut by the record rule and intelligence by its handling code.
     */
    RESEARCH_KNOWN_TO_SERVICES(Role.TRIAGE, Role.SOCIAL_WORKER, Role.POLICE_INVESTIGATOR, Role.ANALYST,
            Role.MANAGER),
    /** Reading intelligence in full, under its handling code, is for investigators and analysts. */
    READ_INTELLIGENCE(Role.POLICE_INVESTIGATOR, Role.ANALYST),
    /** Practitioners who protect children may read the sanitised versions of reports about their area. */
    READ_SANITISED_INTELLIGENCE(Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.SOCIAL_WORKER, Role.TRIAGE,
            Role.MANAGER),
    /**
     * Network analysis names people and links them to children across every agency's records: it is for the police
     * investigators and analysts who act on it, over the evidence each may see.
     */
    ANALYSE_NETWORKS(Role.POLICE_INVESTIGATOR, Role.ANALYST),
    /**
     * Finding a child or adult by name or particulars, across every agency's records, for the practitioners who may
     * read people's records; each result is still shown only when its single read would be allowed. Referrers follow
     * their own referrals, and oversight and administration read no one, so they have no search.
     */
    SEARCH_PEOPLE(Role.TRIAGE, Role.SOCIAL_WORKER, Role.POLICE_INVESTIGATOR, Role.ANALYST, Role.MANAGER),
    /** Reopening a referral closed with no further action, or confirming the closure, is a manager's decision. */
    REVIEW_CLOSED_CASES(Role.MANAGER),
    /** Deciding whether two records are one person, and merging or unmerging identities, is analysts' work. */
    REVIEW_MATCHES(Role.ANALYST),
    /** Retraining and rerunning entity resolution over every record. */
    RUN_RESOLUTION(Role.ANALYST, Role.ADMINISTRATOR),
    /** Bulk import is an integration task run by the people who operate Lantern. */
    IMPORT_RECORDS(Role.ADMINISTRATOR),
    /**
     * The oversight picture is aggregate and disclosure-controlled, so it serves auditors and inspectors, and the
     * managers and analysts who watch their own area's figures.
     */
    VIEW_OVERSIGHT(Role.AUDITOR, Role.MANAGER, Role.ANALYST),
    /** An inquiry chronology is built from the ledger for auditors and the inquiries they serve. */
    PRODUCE_INQUIRY_CHRONOLOGIES(Role.AUDITOR),
    /** A legal hold is placed and released by the auditors an inquiry works with, or by the people who run Lantern. */
    MANAGE_LEGAL_HOLDS(Role.AUDITOR, Role.ADMINISTRATOR),
    /** Running the retention schedule is an operational task. */
    RUN_RETENTION_PURGE(Role.ADMINISTRATOR);

    private final Set<Role> roles;

    Capability(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }
}
