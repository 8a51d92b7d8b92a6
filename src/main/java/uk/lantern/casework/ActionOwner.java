package uk.lantern.casework;

import uk.lantern.identity.UserId;

/** Someone who may own an action on a case: a practitioner who may read the case. */
public record ActionOwner(UserId id, String displayName, String agencyName) {
}
