package uk.lantern.resolution;

import java.util.Map;

import uk.lantern.identity.Actor;

/**
 * Which adults' identities are suspects in a network the viewer may see, so that the review queue can put first the
 * pairs whose decision would join a suspect to a network. The network module implements it, as it already depends
 * on resolution.
 */
public interface NetworkSuspects {

    /** The identity id of each person named as a suspect in a network dossier the viewer may see, with its id. */
    Map<String, String> dossierOfEachSuspect(Actor viewer);
}
