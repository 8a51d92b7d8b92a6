package uk.lantern.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.lantern.identity.InvalidInputException.FieldError;

/**
 * Form field helpers for templates, as {@code ${@fieldIds.hasError(errors, 'concern')}}. A field's element id is its
 * field name (for example {@code children[0].firstName}), so the error summary can link to it; for radios and
 * checkboxes, the first option has that id. A field's error message has the id {@code <field>-error}.
 */
@Component("fieldIds")
public class FieldIds {

    /** Whether any of the errors is about the field, for the GOV.UK error styling of its form group. */
    public boolean hasError(List<FieldError> errors, String field) {
        return errors != null && errors.stream().anyMatch(error -> error.field().equals(field));
    }

    /** Whether any of the errors is about one of the fields, for example to open the details that hold them. */
    public boolean hasAnyError(List<FieldError> errors, String... fields) {
        for (String field : fields) {
            if (hasError(errors, field)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the errors is about a field whose name starts with the prefix, such as {@code attendees[}. */
    public boolean hasErrorWithin(List<FieldError> errors, String prefix) {
        return errors != null && errors.stream().anyMatch(error -> error.field().startsWith(prefix));
    }

    /**
     * The id of the field's error message when it has one, for its {@code aria-describedby}; or null, which leaves the
     * attribute out. Templates cannot call beans in {@code th:aria-describedby} itself, so set it through a variable:
     * {@code th:with="describedBy=${@fieldIds.describedBy(errors, 'concern')}" th:aria-describedby="${describedBy}"}.
     */
    public String describedBy(List<FieldError> errors, String field) {
        return describedBy(errors, field, null);
    }

    /** The ids of the field's hint, when it has one, and of its error message, when it has one; or null if neither. */
    public String describedBy(List<FieldError> errors, String field, String hintId) {
        List<String> ids = new ArrayList<>();
        if (hintId != null) {
            ids.add(hintId);
        }
        if (hasError(errors, field)) {
            ids.add(field + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
