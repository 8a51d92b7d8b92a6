package uk.lantern.interchange;

import java.time.Instant;
import java.util.UUID;

/**
 * How far a running import has got. An import checks every record first ({@code CHECKING}) and then stores them
 * ({@code STORING}); each phase counts the file's records from zero.
 *
 * @param done records of the file this phase has dealt with
 * @param total records in the file
 * @param recordsPerSecond the phase's rate so far
 * @param secondsLeft the phase's estimated time left at that rate, or null before the rate is known
 */
public record ImportProgress(UUID importId, String fileName, String phase, long done, long total,
                             long recordsPerSecond, Long secondsLeft, Instant startedAt) {

    /** One line for a terminal or a log, such as {@code Storing bundle.jsonl: 40000 of 134195 records (29%) ...}. */
    public String describe() {
        String phaseName = phase.charAt(0) + phase.substring(1).toLowerCase(java.util.Locale.ROOT);
        return phaseName + " " + fileName + ": " + done + " of " + total + " records ("
                + (total == 0 ? 100 : done * 100 / total) + "%), " + recordsPerSecond + " records/s, "
                + (secondsLeft == null ? "time left not known yet" : "about " + secondsLeft + " s left");
    }
}
