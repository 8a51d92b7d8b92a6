package uk.lantern.search.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.search.PeopleSearch;
import uk.lantern.search.SearchRequest;

/** The search results page, which the search box in every page's header sends its text to. */
@Controller
class SearchPagesController {

    private final PeopleSearch search;
    private final CurrentActor currentActor;

    SearchPagesController(PeopleSearch search, CurrentActor currentActor) {
        this.search = search;
        this.currentActor = currentActor;
    }

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('SEARCH_PEOPLE')")
    String results(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("searchText", q);
        model.addAttribute("errors", List.of());
        if (q != null) {
            try {
                model.addAttribute("found", search.search(currentActor.get(), SearchRequest.text(q)));
            } catch (InvalidInputException invalid) {
                model.addAttribute("errors", invalid.errors());
            }
        }
        return "search/results";
    }
}
