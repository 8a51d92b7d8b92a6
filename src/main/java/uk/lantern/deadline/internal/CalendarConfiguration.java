package uk.lantern.deadline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.deadline.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    static final String SHIPPED_BANK_HOLIDAYS = "/reference/calendar/bank-holidays-england-and-wales-2024-2027.csv";

    @Bean
    WorkingDayCalendar workingDayCalendar(TimescaleProperties timescales) {
        try (InputStream in = timescales.bankHolidaysFile() != null
                ? Files.newInputStream(timescales.bankHolidaysFile())
                : CalendarConfiguration.class.getResourceAsStream(SHIPPED_BANK_HOLIDAYS)) {
            return new WorkingDayCalendar(readDates(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the bank holidays file", unreadable);
        }
    }

    static Set<LocalDate> readDates(Reader csv) throws IOException {
        Set<LocalDate> dates = new HashSet<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            try {
                dates.add(LocalDate.parse(row.get("date").trim()));
            } catch (DateTimeParseException badDate) {
                throw new IllegalStateException("Bank holidays file, line " + (row.getRecordNumber() + 1)
                        + ": '" + row.get("date") + "' is not a date like 2026-12-25", badDate);
            }
        }
        return dates;
    }
}
