package uk.lantern.missing;

import uk.lantern.identity.AgencyId;
import uk.lantern.people.ChildId;

/** A missing episode from another system, as it was at the time, with the agency that reported it and its source. */
public record ImportedEpisode(ChildId child, NewEpisode episode, AgencyId reportingAgency, String sourceSystem,
                              String sourceId) {
}
