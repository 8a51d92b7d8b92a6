package uk.lantern.demo.internal;

import java.util.List;

import uk.lantern.identity.Role;

/**
 * One demo user per role in Rochdale, plus a few in other areas to show that access follows area, and the managers
 * and heads of service that receive escalations in each area.
 */
final class DemoUsers {

    record User(String username, String displayName, Role role, String agencyName, boolean headOfService) {
        User(String username, String displayName, Role role, String agencyName) {
            this(username, displayName, role, agencyName, false);
        }
    }

    static final List<User> ALL = List.of(
            new User("referrer", "Rosa Referrer (demo)", Role.REFERRER, DemoAgencies.health("Rochdale")),
            new User("triage", "Tariq Triage (demo)", Role.TRIAGE, DemoAgencies.socialCare("Rochdale")),
            new User("socialworker", "Sam Socialworker (demo)", Role.SOCIAL_WORKER,
                    DemoAgencies.socialCare("Rochdale")),
            new User("investigator", "Ivy Investigator (demo)", Role.POLICE_INVESTIGATOR,
                    DemoAgencies.police("Greater Manchester Police")),
            new User("analyst", "Ali Analyst (demo)", Role.ANALYST, DemoAgencies.police("Greater Manchester Police")),
            new User("manager", "Morgan Manager (demo)", Role.MANAGER, DemoAgencies.socialCare("Rochdale")),
            new User("auditor", "Aud Auditor (demo)", Role.AUDITOR, DemoAgencies.OVERSIGHT),
            new User("admin", "Adi Administrator (demo)", Role.ADMINISTRATOR, DemoAgencies.OPERATOR),
            new User("referrer.oldham", "Olu Referrer (demo)", Role.REFERRER, DemoAgencies.school("Oldham")),
            new User("triage.oldham", "Orla Triage (demo)", Role.TRIAGE, DemoAgencies.socialCare("Oldham")),
            new User("investigator.rotherham", "Rhys Investigator (demo)", Role.POLICE_INVESTIGATOR,
                    DemoAgencies.police("South Yorkshire Police")),
            // Escalations go to a team's managers and then to a head of service, so every area has both.
            new User("headofservice", "Hana Head of Service (demo)", Role.MANAGER,
                    DemoAgencies.socialCare("Rochdale"), true),
            new User("manager.oldham", "Omar Manager (demo)", Role.MANAGER, DemoAgencies.socialCare("Oldham"), true),
            new User("manager.rotherham", "Ruth Manager (demo)", Role.MANAGER, DemoAgencies.socialCare("Rotherham"),
                    true));

    private DemoUsers() {
    }
}
