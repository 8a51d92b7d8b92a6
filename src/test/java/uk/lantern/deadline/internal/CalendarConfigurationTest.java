package uk.lantern.deadline.internal;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.deadline.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarConfigurationTest {

    @Test
    void theShippedDatesCover2024To2027() {
        WorkingDayCalendar calendar = new CalendarConfiguration().workingDayCalendar(new TimescaleProperties(1, 45, 15,
                java.time.Duration.ofHours(72), java.time.Duration.ofHours(24), 3, java.time.Duration.ofDays(90),
                null, java.time.Duration.ofMinutes(1)));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-12-27"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-31"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-01"))).isTrue();
    }

    @Test
    void aBadDateNamesItsLine() {
        assertThatThrownBy(() -> CalendarConfiguration.readDates(new java.io.StringReader(
                "date,title\n2026-12-25,Christmas Day\n2026-13-01,Nonsense\n")))
                .hasMessageContaining("line 3").hasMessageContaining("2026-13-01");
    }

    @Test
    void readsALocalFile() throws Exception {
        Set<LocalDate> dates = CalendarConfiguration.readDates(new java.io.StringReader(
                "date,title\n2028-01-03,New Year's Day (substitute)\n"));
        assertThat(dates).containsExactly(LocalDate.parse("2028-01-03"));
    }
}
