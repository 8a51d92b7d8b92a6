package uk.lantern.ledger;

import java.util.List;

/**
 * A legal hold that cannot be placed or released as asked, naming each field and what is wrong with it. The ledger
 * sits below the modules that turn this into a form error or a 400 problem, so it carries its own field list.
 */
public class InvalidLegalHoldException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidLegalHoldException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid legal hold" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
