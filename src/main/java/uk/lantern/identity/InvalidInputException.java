package uk.lantern.identity;

import java.util.List;

/**
 * Bad input, naming each field and what is wrong with it. Pages show it as a GOV.UK error summary and the API as an
 * RFC 9457 problem with an {@code errors} list.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
