package uk.lantern.interchange;

/** Why one line of a file was rejected: the line number (the header is line 1 in CSV), the field and the problem. */
public record RejectedRecord(long line, String field, String message) {
}
