package uk.lantern.missing;

import java.time.Instant;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildId;

/**
 * A person, place, vehicle or phone that a missing episode or return home interview mentions. Published in
 * {@link MentionsRecorded}.
 *
 * @param recordedBy who recorded the episode or interview
 * @param sourceType {@code MISSING_EPISODE} or {@code RETURN_INTERVIEW}
 * @param normalised the value normalised for matching (E.164 phones, registration marks without spaces)
 * @param seenAt     when what is mentioned was seen: while the child was missing, or where the child was found
 */
public record MentionRecorded(LedgerActor recordedBy, EpisodeId episode, ChildId child, String sourceType,
                              MentionKind kind, String value, String normalised, Instant seenAt) {
}
