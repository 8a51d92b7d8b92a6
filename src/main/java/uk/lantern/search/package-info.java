/**
 * Search: one box for the practitioners who may read people, finding children's and adults' records by name
 * (tolerant of spelling, transliteration and nicknames, by entity resolution's own name comparisons), date of birth,
 * NHS number, postcode, phone and vehicle registration. Results are grouped by resolved person, show only records a
 * single read would show the searcher, and every search is one ledger entry naming what it looked for and whom it
 * showed. Start at {@link uk.lantern.search.PeopleSearch}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"identity", "ledger", "area", "people", "resolution", "intelligence"})
package uk.lantern.search;
