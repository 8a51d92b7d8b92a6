package uk.lantern.oversight.internal.chronology;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.lantern.area.Areas;
import uk.lantern.identity.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ChronologyScopeTest {

    private static final Areas AREAS = new Areas();

    @Test
    void aCaseReferenceIsTrimmedAndUpperCased() {
        assertThat(read(" case-2026-000001 ", null, null, null, null))
                .isEqualTo(new ChronologyScope.OfCase("CASE-2026-000001"));
    }

    @Test
    void aChildIsTheirRecordsUuid() {
        UUID id = UUID.randomUUID();
        assertThat(read(null, id.toString(), null, null, null)).isEqualTo(new ChronologyScope.OfChild(id));
        assertThat(fields(null, "Keira", null, null, null)).containsExactly("child");
    }

    @Test
    void anAreaNeedsAKnownCodeAndAWindowOfWholeDays() {
        ChronologyScope scope = read(null, null, "e08000005", "2026-03-01", "2026-03-31");
        assertThat(scope).isEqualTo(new ChronologyScope.OfArea("E08000005", "Rochdale", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31)));
        assertThat(scope.description()).isEqualTo("area Rochdale (E08000005), 2026-03-01 to 2026-03-31");
        assertThat(fields(null, null, "E08000005", null, null)).containsExactly("from", "to");
        assertThat(fields(null, null, "X1", "2026-03-01", "2026-03-31")).containsExactly("area");
        assertThat(fields(null, null, "E08000005", "01/03/2026", "2026-02-30")).containsExactly("from", "to");
        assertThat(fields(null, null, "E08000005", "2026-03-02", "2026-03-01")).containsExactly("to");
        assertThat(fields(null, null, null, "2026-03-01", "2026-03-02")).containsExactly("area");
    }

    @Test
    void exactlyOneScopeIsGiven() {
        assertThat(fields(null, null, null, null, null)).containsExactly("scope");
        assertThat(fields(" ", "", "  ", null, null)).containsExactly("scope");
        assertThat(fields("CASE-2026-000001", UUID.randomUUID().toString(), null, null, null))
                .containsExactly("scope");
        assertThat(fields("CASE-2026-000001", null, "E08000005", "2026-03-01", "2026-03-02"))
                .containsExactly("scope");
        assertThat(fields("CASE-2026-000001", null, null, "2026-03-01", null)).containsExactly("from");
    }

    @Test
    void eachFormOfScopeNamesItsOwnMissingField() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ChronologyScope.ofCase(" ")).errors())
                .extracting(InvalidInputException.FieldError::field).containsExactly("case");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ChronologyScope.ofChild(null)).errors())
                .extracting(InvalidInputException.FieldError::field).containsExactly("child");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ChronologyScope.ofArea(null, null, null, AREAS)).errors())
                .extracting(InvalidInputException.FieldError::field).containsExactly("area", "from", "to");
    }

    private static ChronologyScope read(String caseReference, String child, String area, String from, String to) {
        return ChronologyScope.read(caseReference, child, area, from, to, AREAS);
    }

    private static List<String> fields(String caseReference, String child, String area, String from, String to) {
        return catchThrowableOfType(InvalidInputException.class, () -> read(caseReference, child, area, from, to))
                .errors().stream().map(InvalidInputException.FieldError::field).toList();
    }
}
