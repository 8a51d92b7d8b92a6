package uk.lantern.deadline.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.Directory;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserView;

/**
 * Who an escalation goes to: at level 1 the owning team's managers, at level 2 its heads of service. A team with
 * no one at a level falls through to the next, so an escalation always reaches somebody who can act where anyone
 * is designated at all.
 */
@Component
class EscalationRecipients {

    private final Directory directory;

    EscalationRecipients(Directory directory) {
        this.directory = directory;
    }

    List<uk.lantern.identity.UserId> at(int level, AgencyId owningAgency) {
        List<UserView> people = level == 1
                ? directory.usersWithRole(owningAgency, Role.MANAGER)
                : directory.headsOfService(owningAgency);
        if (people.isEmpty()) {
            people = level == 1 ? directory.headsOfService(owningAgency)
                    : directory.usersWithRole(owningAgency, Role.MANAGER);
        }
        return people.stream().map(UserView::id).toList();
    }
}
