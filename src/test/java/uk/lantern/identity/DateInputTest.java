package uk.lantern.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.identity.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTest {

    private final List<FieldError> errors = new ArrayList<>();

    private LocalDate parse(String day, String month, String year) {
        return new DateInput("occurredOn", "Date of the visit", day, month, year).parse(errors);
    }

    @Test
    void readsDayMonthAndYearAsTyped() {
        assertThat(parse("14", "5", "2011")).isEqualTo(LocalDate.of(2011, 5, 14));
        assertThat(parse(" 14 ", " 05 ", " 2011")).isEqualTo(LocalDate.of(2011, 5, 14));
        assertThat(parse("1", "May", "2011")).isEqualTo(LocalDate.of(2011, 5, 1));
        assertThat(parse("1", "sept", "2011")).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(errors).isEmpty();
    }

    @Test
    void nothingEnteredIsNoDateAndNoErrorForTheStepToDecide() {
        assertThat(parse("", null, " ")).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void eachProblemNamesTheFieldAndWhatIsWrong() {
        assertThat(parse("14", "", "")).isNull();
        assertThat(parse("31", "2", "2011")).isNull();
        assertThat(parse("14", "13", "2011")).isNull();
        assertThat(parse("14", "5", "11")).isNull();
        assertThat(parse("x", "5", "2011")).isNull();
        assertThat(parse("1", "ma", "2011")).isNull();
        assertThat(errors).extracting(FieldError::field).containsOnly("occurredOn");
        assertThat(errors).extracting(FieldError::message).containsExactly(
                "Date of the visit must include a month and year",
                "Date of the visit must be a real date",
                "Date of the visit must be a real date",
                "Date of the visit: the year must include 4 numbers",
                "Date of the visit must be a real date",
                "Date of the visit must be a real date");
    }
}
