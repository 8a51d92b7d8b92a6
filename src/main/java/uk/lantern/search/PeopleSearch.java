package uk.lantern.search;

import uk.lantern.identity.Actor;

/**
 * Finds children's and adults' records for a practitioner with {@code SEARCH_PEOPLE} (docs/api.md, "Search").
 */
public interface PeopleSearch {

    /**
     * The records that match every criterion given, best first, grouped by resolved person, as far as the actor may
     * read them: a record a single read would refuse is left out and not counted. The search, what it looked for and
     * the records it showed, is one {@code SEARCH_READ} ledger entry in the same transaction.
     *
     * @throws uk.lantern.identity.InvalidInputException naming the field when a criterion cannot be read or nothing
     *     was asked for
     */
    SearchResultsView search(Actor actor, SearchRequest request);
}
