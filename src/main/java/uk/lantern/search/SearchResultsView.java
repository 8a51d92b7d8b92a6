package uk.lantern.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param criteria what was searched for, as Lantern read it, for example "name: jayden smith"
 * @param results one per resolved person, best match first
 * @param narrower true when more records matched than a search looks through or shows: the searcher should add a
 *     criterion. It is not a count, and says nothing about records the searcher may not read
 */
public record SearchResultsView(List<String> criteria, List<SearchResultView> results, boolean narrower) {

    public SearchResultsView {
        criteria = List.copyOf(criteria);
        results = List.copyOf(results);
    }
}
