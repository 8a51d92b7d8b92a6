package uk.lantern.intelligence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.intelligence.NewLocation;
import uk.lantern.intelligence.NewOrganisation;
import uk.lantern.intelligence.NewSubject;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectRole;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.Persons;

/**
 * Turns a new report's subject into a stored subject: one Lantern already holds, or a new person, vehicle, phone,
 * place or organisation (reusing one already held under the same key).
 */
@Component
class SubjectResolver {

    /** A subject ready to attach to a report. */
    record ResolvedSubject(SubjectRef ref, SubjectRole role, String detail) {
    }

    static final int MAX_DETAIL = 1000;

    private final SubjectRegistry registry;
    private final Persons persons;

    SubjectResolver(SubjectRegistry registry, Persons persons) {
        this.registry = registry;
        this.persons = persons;
    }

    /** Resolves one subject, looking up an existing subject on its own. */
    ResolvedSubject resolve(LedgerActor by, NewSubject subject, String prefix, String reportArea) {
        return resolve(by, subject, prefix, reportArea, registry::exists);
    }

    /** Those of the subjects that Lantern holds, looked up together for many reports' existing subjects. */
    Set<SubjectRef> held(Collection<SubjectRef> refs) {
        return registry.held(refs);
    }

    /**
     * @param prefix     the subject's place in the input, for example {@code subjects[2].}
     * @param reportArea the report's first area, where a place or organisation with no area of its own is taken to be
     * @param held       whether Lantern holds an existing subject, for example a set looked up for many reports at once
     */
    ResolvedSubject resolve(LedgerActor by, NewSubject subject, String prefix, String reportArea,
                            Predicate<SubjectRef> held) {
        boolean existing = subject.existing() != null && !subject.existing().isBlank();
        SubjectRef existingRef = existing ? existing(subject.existing(), subject.type(), prefix, held) : null;
        List<FieldError> errors = new ArrayList<>();
        SubjectType type = existing ? existingRef.type() : SubjectType.parse(subject.type()).orElse(null);
        if (type == null) {
            errors.add(new FieldError(prefix + "type", "Choose person, named_person, vehicle, phone, location or "
                    + "organisation, or give an existing subject"));
        }
        SubjectRole role = Fields.choice(SubjectRole.class, subject.role(), prefix + "role", SubjectRole.MENTIONED,
                errors);
        if (type != null && !rolePossible(type, role)) {
            errors.add(new FieldError(prefix + "role", type == SubjectType.CHILD
                    ? "A child is a victim, a witness or mentioned; never a suspect or associate here"
                    : "Only people and children have roles; a " + type.code().replace('_', ' ') + " is MENTIONED"));
        }
        String detail = Fields.optional(subject.detail(), prefix + "detail", MAX_DETAIL, errors);
        Fields.fail(errors);
        SubjectRef ref = existing ? existingRef : registered(by, type, subject, prefix, reportArea);
        return new ResolvedSubject(ref, role, detail);
    }

    private static boolean rolePossible(SubjectType type, SubjectRole role) {
        return switch (type) {
            case PERSON, NAMED_PERSON -> role != SubjectRole.VICTIM;
            case CHILD -> role == SubjectRole.VICTIM || role == SubjectRole.WITNESS || role == SubjectRole.MENTIONED;
            default -> role == SubjectRole.MENTIONED;
        };
    }

    /** The existing subject a new subject names, if it names one that can be read. */
    static Optional<SubjectRef> named(NewSubject subject) {
        try {
            return subject.existing() == null || subject.existing().isBlank() ? Optional.empty()
                    : Optional.of(SubjectRef.parse(subject.existing().trim()));
        } catch (IllegalArgumentException notARef) {
            return Optional.empty();
        }
    }

    /** An existing subject written {@code type:id}; if a type is given too, it must agree. */
    private SubjectRef existing(String text, String givenType, String prefix, Predicate<SubjectRef> held) {
        SubjectRef ref;
        try {
            ref = SubjectRef.parse(text.trim());
        } catch (IllegalArgumentException notARef) {
            throw new InvalidInputException(prefix + "existing", "Write an existing subject as type:id, for "
                    + "example child:3f1c2e4a-…");
        }
        if (givenType != null && !givenType.isBlank()
                && SubjectType.parse(givenType).filter(ref.type()::equals).isEmpty()) {
            throw new InvalidInputException(prefix + "existing", "The existing subject is a " + ref.type().code()
                    + ", not a " + givenType.trim());
        }
        if (!held.test(ref)) {
            throw new InvalidInputException(prefix + "existing", "No " + ref.type().code().replace('_', ' ') + " "
                    + ref.id() + " is held in Lantern");
        }
        return ref;
    }

    private SubjectRef registered(LedgerActor by, SubjectType type, NewSubject subject, String prefix,
                                  String reportArea) {
        return switch (type) {
            case PERSON -> new SubjectRef(type, persons.register(by, required(subject.person(), prefix + "person"),
                    prefix + "person.").value());
            case CHILD -> throw new InvalidInputException(prefix + "existing", "Choose the child's record: a child "
                    + "is registered through a referral, not in a report");
            case NAMED_PERSON -> registry.registerNamedPerson(by, subject.name(), reportArea, prefix);
            case VEHICLE -> registry.registerVehicle(by, required(subject.vehicle(), prefix + "vehicle"),
                    prefix + "vehicle.");
            case PHONE -> registry.registerPhone(by, subject.phone(), prefix);
            case LOCATION -> {
                NewLocation location = required(subject.location(), prefix + "location");
                yield registry.registerLocation(by, new NewLocation(location.address(), location.postcode(),
                        location.locationType(), orDefault(location.areaCode(), reportArea)), prefix + "location.");
            }
            case ORGANISATION -> {
                NewOrganisation organisation = required(subject.organisation(), prefix + "organisation");
                yield registry.registerOrganisation(by, new NewOrganisation(organisation.name(),
                        organisation.organisationType(), orDefault(organisation.areaCode(), reportArea)),
                        prefix + "organisation.");
            }
        };
    }

    private static <T> T required(T details, String field) {
        if (details == null) {
            throw new InvalidInputException(field, "Give the subject's details, or choose an existing subject");
        }
        return details;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
