package uk.lantern.risk;

/**
 * Input the screening cannot use, naming the field so that a page or the API can show it as a field error. The
 * message starts with the field name.
 */
public class InvalidScreeningInputException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidScreeningInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field at fault: {@code indicatorCodes}, {@code level}, {@code narrative} or {@code reason}. */
    public String field() {
        return field;
    }

    /** What is wrong, in words for the person who entered it. */
    public String problem() {
        return problem;
    }
}
