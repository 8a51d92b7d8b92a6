package uk.lantern.casework;

import java.time.LocalDate;

/**
 * A note, visit or contact to record on a case. {@code kind} is a {@link CaseNoteKind} name; a visit must say whether
 * the child was seen alone.
 */
public record NewCaseNote(String kind, LocalDate occurredOn, String withWhom, Boolean seenAlone, String text) {
}
