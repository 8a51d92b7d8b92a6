package uk.lantern.web;

import org.springframework.stereotype.Component;

/**
 * Element ids for form fields, as {@code ${@fieldIds.of('children[0].firstName')}} in templates: the field name
 * with brackets and dots turned into hyphens, so an error summary can link to the field.
 */
@Component("fieldIds")
public class FieldIds {

    /** Whether any of the errors is about the field, for the GOV.UK error styling of its form group. */
    public boolean hasError(java.util.List<uk.lantern.identity.InvalidInputException.FieldError> errors, String field) {
        return errors != null && errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public String of(String field) {
        return field == null ? "" : field.replace("].", "-").replace("[", "-").replace("]", "").replace('.', '-');
    }
}
