package uk.lantern.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.search.PeopleSearch;
import uk.lantern.search.SearchRequest;
import uk.lantern.search.SearchResultsView;

@RestController
@Tag(name = "Search", description = "Finding children's and adults' records across agencies")
class SearchApiController {

    private final PeopleSearch search;
    private final CurrentActor currentActor;

    SearchApiController(PeopleSearch search, CurrentActor currentActor) {
        this.search = search;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/search")
    @PreAuthorize("hasAuthority('SEARCH_PEOPLE')")
    @Operation(summary = "Children's and adults' records matching every criterion given, grouped by resolved person, "
            + "best first; only records the caller may read are shown or counted, and the search is logged")
    SearchResultsView search(
            @Parameter(description = "A name (spelling, transliteration and nicknames are allowed for), a date of "
                    + "birth, an NHS number, a postcode, a phone number or a vehicle registration; a name may be "
                    + "followed by a date of birth") @RequestParam(required = false) String q,
            @Parameter(description = "A name") @RequestParam(required = false) String name,
            @Parameter(description = "A full date (23/04/2011 or 2011-04-23), a month (04/2011) or a year")
            @RequestParam(required = false) String dateOfBirth,
            @Parameter(description = "An NHS number of 10 digits") @RequestParam(required = false) String nhsNumber,
            @Parameter(description = "A full postcode") @RequestParam(required = false) String postcode,
            @Parameter(description = "A phone number, UK unless it starts with +")
            @RequestParam(required = false) String phone,
            @Parameter(description = "A vehicle registration") @RequestParam(required = false) String vehicle) {
        return search.search(currentActor.get(), new SearchRequest(q, name, dateOfBirth, nhsNumber, postcode, phone,
                vehicle));
    }
}
