package uk.lantern.missing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildId;

/**
 * Missing episodes and return home interviews. The actor needs the role to record them and access to the child's
 * record; every change is in the ledger, and bad input raises {@link uk.lantern.identity.InvalidInputException}
 * naming each field.
 */
public interface MissingEpisodes {

    EpisodeView record(Actor actor, ChildId child, NewEpisode episode);

    /** Records the child's return; the return home interview becomes due 72 hours later. */
    EpisodeView recordReturn(Actor actor, EpisodeId id, Instant returnedAt, String foundLocation, String foundWith);

    EpisodeView offerInterview(Actor actor, EpisodeId id);

    EpisodeView completeInterview(Actor actor, EpisodeId id, String findings, List<NewMention> mentions);

    EpisodeView declineInterview(Actor actor, EpisodeId id, String reason);

    EpisodeView read(Actor actor, EpisodeId id);

    /**
     * Records an episode from another system, as it was at the time: with a return, the interview clock runs from
     * the return even if that is in the past. The importer has already authorised the import.
     */
    EpisodeId importEpisode(LedgerActor by, ChildId child, NewEpisode episode, AgencyId reportingAgency,
                            String sourceSystem, String sourceId);

    /**
     * Records many episodes from other systems in the caller's transaction, exactly as {@link #importEpisode} would
     * one by one (returns, interview clocks, mentions, repeat-missing checks, ledger entries), with a few batched
     * statements. Validation errors name the episode by its place in the list, as in {@code [3].returnedAt}.
     *
     * @return the new ids, in the order given
     */
    List<EpisodeId> importEpisodes(LedgerActor by, List<ImportedEpisode> episodes);

    /**
     * Records a return home interview from another system: OFFERED, COMPLETED (with findings and mentions) or
     * DECLINED (with a reason).
     */
    void importInterview(LedgerActor by, EpisodeId episode, String status, Instant offeredAt, Instant completedAt,
                         String declinedReason, String findings, List<NewMention> mentions);

    /**
     * Records many return home interviews from other systems in the caller's transaction, exactly as
     * {@link #importInterview} would one by one, with a few batched statements. Validation errors name the interview
     * by its place in the list, as in {@code [3].completedAt}.
     */
    void importInterviews(LedgerActor by, List<ImportedInterview> interviews);

    List<EpisodeView> forChild(Actor actor, ChildId child);

    /**
     * Every episode of any of the children, newest first. Nothing is shown or logged here: an episode is read under
     * its child's record, so the caller keeps the episodes of children the viewer may read and logs what it shows.
     */
    List<EpisodeView> episodesOf(Collection<ChildId> children);
}
