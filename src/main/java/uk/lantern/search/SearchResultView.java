package uk.lantern.search;

import java.util.List;

/**
 * One resolved person: the records of theirs that matched and that the searcher may read, each from its agency.
 *
 * @param identityId the resolved identity the records belong to; a record not yet resolved is its own
 * @param kind {@code CHILD} or {@code PERSON} (an adult)
 * @param name the name on the best-matching record
 */
public record SearchResultView(String identityId, String kind, String name, List<SearchRecordView> records) {

    public SearchResultView {
        records = List.copyOf(records);
    }
}
