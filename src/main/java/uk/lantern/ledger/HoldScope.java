package uk.lantern.ledger;

/** What a legal hold is placed on. */
public enum HoldScope {
    /** One case, by its reference, such as {@code CASE-2026-000123}. */
    CASE,
    /**
     * Every case in an area, by its ONS code: a local authority, a police force area (every local authority it
     * covers) or England.
     */
    AREA
}
