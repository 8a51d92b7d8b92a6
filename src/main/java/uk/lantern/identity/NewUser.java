package uk.lantern.identity;

import java.util.List;

/** A user to create, as typed: the service validates every field and names the ones that are wrong. */
public record NewUser(String username, String displayName, String email, String agencyId, List<String> roles,
                      String password) {
}
