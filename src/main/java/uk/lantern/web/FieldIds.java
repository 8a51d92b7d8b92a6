package uk.lantern.web;

import org.springframework.stereotype.Component;

/**
 * Form field helpers for templates, as {@code ${@fieldIds.hasError(errors, 'concern')}}. A field's element id is its
 * field name (for example {@code children[0].firstName}), so the error summary can link to it.
 */
@Component("fieldIds")
public class FieldIds {

    /** Whether any of the errors is about the field, for the GOV.UK error styling of its form group. */
    public boolean hasError(java.util.List<uk.lantern.identity.InvalidInputException.FieldError> errors, String field) {
        return errors != null && errors.stream().anyMatch(error -> error.field().equals(field));
    }
}
