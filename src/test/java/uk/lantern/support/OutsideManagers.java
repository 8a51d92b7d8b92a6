package uk.lantern.support;

import java.util.List;
import java.util.Map;

/**
 * Managers outside children's social care, created as an administrator creates them, through the admin API: one in
 * the demo school in Rochdale, one in a health trust created for them in Rochdale. A manager's capabilities reach
 * the area's queues and lists; the records in them are children's social care's, so a single read refuses them.
 */
public final class OutsideManagers {

    public static final String ROCHDALE = "E08000005";
    public static final String SCHOOL = "Rochdale Brookside Academy (demo)";

    private OutsideManagers() {
    }

    /** A manager in the Rochdale demo school; returns the username, whose password is the tests' strong one. */
    public static String schoolManager(IntegrationTestBase test) throws Exception {
        return managerIn(test, test.agency(SCHOOL).id().toString());
    }

    /** A manager in a health trust created in Rochdale; returns the username. */
    public static String healthManager(IntegrationTestBase test) throws Exception {
        String agencyId = test.postJson("admin", "/api/v1/admin/agencies", Map.of("name",
                IntegrationTestBase.unique("Health Trust "), "type", "HEALTH", "areaCode", ROCHDALE), 201)
                .get("id").asString();
        return managerIn(test, agencyId);
    }

    private static String managerIn(IntegrationTestBase test, String agencyId) throws Exception {
        String username = IntegrationTestBase.unique("manager.outside.");
        test.postJson("admin", "/api/v1/admin/users", Map.of("username", username, "displayName",
                "Outside Manager", "agencyId", agencyId, "roles", List.of("MANAGER"), "password",
                IntegrationTestBase.STRONG_PASSWORD), 201);
        return username;
    }
}
