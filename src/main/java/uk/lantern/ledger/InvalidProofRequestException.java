package uk.lantern.ledger;

/** A proof asked for of entries or tree sizes the log does not have, naming the parameter that is wrong. */
public class InvalidProofRequestException extends RuntimeException {

    private final String field;

    public InvalidProofRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
