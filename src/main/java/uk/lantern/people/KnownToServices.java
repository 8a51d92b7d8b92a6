package uk.lantern.people;

import uk.lantern.identity.Actor;

/**
 * What every agency knows about a child, at the point of decision (MASH research): the child's records across
 * agencies through their resolved identity, with the referrals and decisions, screenings, cases, missing episodes,
 * intelligence and possible duplicate records about any of them, each cut to what the viewer may read.
 *
 * <p>Defined here, where every module may reach it, and provided by a module that depends on the modules holding
 * those records, so that the referral and child pages can show the picture without depending on them.
 */
public interface KnownToServices {

    /**
     * The picture as the viewer may see it. Each item is kept only when a single read of its record would be
     * allowed; intelligence follows its handling code, and reports the viewer may not see appear only as one line
     * saying the police know the child, with nothing from any report. The whole picture is logged as one read naming
     * every record shown, in the same transaction.
     *
     * @throws uk.lantern.identity.AccessRefusedException when the viewer's roles do not include this research, or
     *     the viewer may not read the child's record
     */
    KnownPicture about(Actor viewer, ChildId child);

    /**
     * Asks the analysts to decide whether another record is the same child: the pair waits in their review queue
     * with the reason, and the request is in the ledger.
     *
     * @throws uk.lantern.identity.AccessRefusedException as {@link #about}, or when the viewer may not read the
     *     other record
     * @throws uk.lantern.identity.InvalidInputException naming the field, when the reason is missing or the records
     *     are already one child or already decided
     */
    void askToJoin(Actor viewer, ChildId child, ChildId otherRecord, String reason);
}
