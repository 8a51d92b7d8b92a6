package uk.lantern.intelligence.internal;

import java.util.List;
import java.util.Map;

import uk.lantern.intelligence.NewLocation;
import uk.lantern.intelligence.NewOrganisation;
import uk.lantern.intelligence.NewSubject;
import uk.lantern.intelligence.NewVehicle;
import uk.lantern.people.PersonInput;

/**
 * The "add a subject" form. Its field names are those the validation reports (for example
 * {@code vehicle.registration}), so each error links to its field.
 */
final class SubjectForm {

    static final List<Choice> TYPES = List.of(new Choice("person", "A person (new record)"),
            new Choice("named_person", "Someone known only by a name or nickname"),
            new Choice("vehicle", "A vehicle"), new Choice("phone", "A phone"), new Choice("location", "A place"),
            new Choice("organisation", "An organisation"),
            new Choice("existing", "A child, person or other subject already in Lantern"));

    private SubjectForm() {
    }

    static NewSubject read(Map<String, String> form) {
        String choice = form.getOrDefault("subjectType", "");
        boolean existing = choice.equals("existing");
        return new NewSubject(existing ? null : choice, form.get("role"), form.get("detail"), existing ? form.get("existing") : null,
                choice.equals("person") ? new PersonInput(form.get("person.firstName"), form.get("person.surname"),
                        form.get("person.dateOfBirth"), form.get("person.sex"), null, null, null, null, null, null,
                        null, null, List.of()) : null,
                choice.equals("vehicle") ? new NewVehicle(form.get("vehicle.registration"), form.get("vehicle.make"),
                        form.get("vehicle.model"), form.get("vehicle.colour")) : null,
                form.get("phone"),
                choice.equals("location") ? new NewLocation(form.get("location.address"),
                        form.get("location.postcode"), form.get("location.locationType"), null) : null,
                choice.equals("organisation") ? new NewOrganisation(form.get("organisation.name"),
                        form.get("organisation.organisationType"), null) : null,
                form.get("name"));
    }
}
