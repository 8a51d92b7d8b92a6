package uk.lantern.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.ledger.InvalidProofRequestException;
import uk.lantern.ledger.LedgerTamperedException;

/**
 * RFC 9457 problem details for every API error. Validation problems carry an {@code errors} list naming each field
 * and what is wrong with it.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, java.math.BigInteger.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException invalid) {
        return validationProblem(invalid.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    }

    /** The ledger sits below the identity module, so it names its wrong parameter with an exception of its own. */
    @ExceptionHandler(InvalidProofRequestException.class)
    ProblemDetail invalidProofRequest(InvalidProofRequestException invalid) {
        return validationProblem(List.of(Map.of("field", invalid.field(), "message", invalid.getMessage())));
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setTitle("Forbidden");
        problem.setProperty("breakGlassAvailable", refused.breakGlassAvailable());
        return problem;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setTitle("Not Found");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this");
        problem.setTitle("Forbidden");
        return problem;
    }

    /** Any API that would sign the head of the chain (a checkpoint export, an inquiry chronology) refuses alike. */
    @ExceptionHandler(LedgerTamperedException.class)
    ProblemDetail tampered(LedgerTamperedException tampered) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, tampered.getMessage());
        problem.setTitle("Ledger tampered with");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        return validationProblem(List.of(Map.of("field", mismatch.getName(),
                "message", "'" + mismatch.getValue() + "' is not a valid " + mismatch.getName())));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        log.error("Unexpected error in the API", failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong. It has been logged; nothing you sent was half-saved.");
        problem.setTitle("Internal Server Error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", describe(error.getField(),
                        error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", result.getMethodParameter().getParameterName(),
                        "message", describe(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = fieldOf(unreadable);
        if (field != null) {
            return ResponseEntity.badRequest().body(validationProblem(List.of(Map.of("field", field,
                    "message", field + " " + whatIsWrong(unreadable)))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint");
        problem.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(problem);
    }

    /** The JSON path of the value Jackson could not read, such as children[0].dateOfBirth, or null. */
    private static String fieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    /** Why Jackson could not read the value, in words for the caller; see JsonInputRules for what is refused. */
    private static String whatIsWrong(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                Class<?> target = mismatch.getTargetType();
                if (target == String.class) {
                    return mismatch instanceof JsonInputRules.UnstorableTextException ? mismatch.getOriginalMessage()
                            : "must be text, in double quotes";
                }
                if (WHOLE_NUMBERS.contains(target)) {
                    return "must be a whole number";
                }
            }
        }
        return "has the wrong type or format (dates and times as ISO 8601, for example 2026-03-01T14:30:00Z)";
    }

    private static String describe(String field, String constraintMessage) {
        return field + " " + constraintMessage;
    }

    private static ProblemDetail validationProblem(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.isEmpty() ? "The request is not valid"
                        : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
