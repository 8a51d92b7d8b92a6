package uk.lantern.ledger;

/**
 * A legal hold to place, as given in a form or a request; {@link LegalHolds#place} checks every field.
 *
 * @param scope {@code CASE} or {@code AREA}
 * @param reference the case reference, or the area's ONS code
 * @param reason why the hold is needed, for example the inquiry it serves
 */
public record NewLegalHold(String scope, String reference, String reason) {
}
