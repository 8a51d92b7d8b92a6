package uk.lantern.identity;

import java.util.List;
import java.util.Optional;

/** Reads agencies and users. */
public interface Directory {

    List<AgencyView> agencies();

    Optional<AgencyView> agency(AgencyId id);

    Optional<AgencyView> agencyNamed(String name);

    List<UserView> users();

    Optional<UserView> user(UserId id);

    Optional<UserView> userNamed(String username);

    /** Enabled users in an agency who hold a role, for example the managers who receive escalations. */
    List<UserView> usersWithRole(AgencyId agency, Role role);

    /** The agencies of a type in an area, for example the children's social care of a local authority. */
    List<AgencyView> agenciesIn(String areaCode, AgencyType type);

    /** Enabled managers designated head of service in an agency. */
    List<UserView> headsOfService(AgencyId agency);
}
