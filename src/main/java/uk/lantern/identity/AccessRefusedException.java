package uk.lantern.identity;

/** Thrown when the access policy refuses an operation. Pages show 403 and the API returns a 403 problem. */
public class AccessRefusedException extends RuntimeException {

    private final RecordRef record;
    private final boolean breakGlassAvailable;

    public AccessRefusedException(RecordRef record, boolean breakGlassAvailable) {
        super("You do not have access to this record");
        this.record = record;
        this.breakGlassAvailable = breakGlassAvailable;
    }

    public RecordRef record() {
        return record;
    }

    public boolean breakGlassAvailable() {
        return breakGlassAvailable;
    }
}
