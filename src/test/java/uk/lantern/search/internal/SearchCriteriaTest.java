package uk.lantern.search.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.search.SearchRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the search box's free text and the API's criteria are read, and how bad input is named. */
class SearchCriteriaTest {

    @Test
    void freeTextIsReadAsOneIdentifierWhenItIsOne() {
        assertThat(read("943 476 5919").nhsNumber()).isEqualTo("9434765919");
        assertThat(read("07700 900123").phone()).isEqualTo("07700 900123");
        assertThat(read("+44 7700 900123").phone()).isEqualTo("+44 7700 900123");
        assertThat(read("ol11 1aa").postcode()).isEqualTo("OL111AA");
        assertThat(read("MA19 XYZ").vehicle()).isEqualTo("MA19XYZ");
        assertThat(read("23/04/2011").dateOfBirth()).hasToString("2011-04-23");
        assertThat(read("04/2011").dateOfBirth()).hasToString("2011-04");
    }

    @Test
    void aNameMayBeFollowedByADateOfBirthAndIsNotTakenForARegistration() {
        SearchCriteria criteria = read("Sam O'Brien 2011");
        assertThat(criteria.nameWords()).containsExactly("sam", "o'brien");
        assertThat(criteria.dateOfBirth()).hasToString("2011");
        assertThat(criteria.vehicle()).isNull();
        assertThat(criteria.described()).containsExactly("name: sam o'brien", "date of birth: 2011");
    }

    @Test
    void badInputNamesItsField() {
        assertProblem(SearchRequest.text(" "), "q", "Enter a name, date of birth");
        assertProblem(SearchRequest.text("J"), "q", "Enter at least 2 letters of a name");
        assertProblem(SearchRequest.text("Jay 31/02/2011"), "q", "Enter a real date of birth");
        assertProblem(SearchRequest.text("a b c d e"), "q", "Enter at most 4 words");
        assertProblem(new SearchRequest(null, null, null, null, "OL11", null, null), "postcode",
                "Enter a full postcode");
        assertProblem(new SearchRequest(null, null, "1850", null, null, null, null), "dateOfBirth",
                "Enter a year of birth from 1900");
        assertProblem(new SearchRequest(null, null, null, null, null, "12", null), "phone", "Enter a phone number");
    }

    private static SearchCriteria read(String q) {
        return SearchCriteria.read(SearchRequest.text(q));
    }

    private static void assertProblem(SearchRequest request, String field, String message) {
        assertThatThrownBy(() -> SearchCriteria.read(request)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.message()).startsWith(message);
                }));
    }

    @Test
    void everyCriterionGivenIsKept() {
        SearchCriteria criteria = SearchCriteria.read(new SearchRequest(null, "Jayden Smith", "2011", "9434765919",
                "OL11 1AA", "07700 900123", "ma19xyz"));
        assertThat(criteria.described()).isEqualTo(List.of("name: jayden smith", "date of birth: 2011",
                "NHS number: 9434765919", "postcode: OL111AA", "phone: 07700 900123", "vehicle: MA19XYZ"));
    }
}
