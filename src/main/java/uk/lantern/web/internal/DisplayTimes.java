package uk.lantern.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Formats instants for pages in UK time, as {@code ${@when.format(instant)}} in templates. */
@Component("when")
public class DisplayTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Clock clock;

    DisplayTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    public boolean isPast(Instant instant) {
        return instant != null && !instant.isAfter(clock.instant());
    }
}
