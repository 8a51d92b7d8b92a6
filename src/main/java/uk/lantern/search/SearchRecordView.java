package uk.lantern.search;

import java.util.List;

/**
 * One record found, as its agency wrote it.
 *
 * @param dateOfBirth as recorded: 2011-04-23, 2011-04 or 2011; null when not known
 * @param agencies the agencies involved with the record
 * @param sources the systems the record was imported from, written {@code system id}; empty when entered in Lantern
 * @param path the record's page, or null when it has none (an adult's record)
 */
public record SearchRecordView(String kind, String id, String name, String dateOfBirth, String postcode,
                               List<String> agencies, List<String> sources, String path) {

    public SearchRecordView {
        agencies = List.copyOf(agencies);
        sources = List.copyOf(sources);
    }
}
