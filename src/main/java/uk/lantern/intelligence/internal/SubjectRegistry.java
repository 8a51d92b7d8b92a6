package uk.lantern.intelligence.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Area;
import uk.lantern.area.Areas;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.intelligence.LocationType;
import uk.lantern.intelligence.NewLocation;
import uk.lantern.intelligence.NewOrganisation;
import uk.lantern.intelligence.NewVehicle;
import uk.lantern.intelligence.OrganisationType;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.Subjects;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;
import uk.lantern.people.PersonId;
import uk.lantern.people.Persons;

@Service
class SubjectRegistry implements Subjects {

    static final int MAX_ADDRESS = 500;
    static final int MAX_NAME = 200;
    static final int MAX_VEHICLE_DETAIL = 50;

    private final SubjectRepository subjects;
    private final Persons persons;
    private final Children children;
    private final Areas areas;
    private final Ledger ledger;
    private final Clock clock;

    SubjectRegistry(SubjectRepository subjects, Persons persons, Children children, Areas areas, Ledger ledger,
                    Clock clock) {
        this.subjects = subjects;
        this.persons = persons;
        this.children = children;
        this.areas = areas;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SubjectRef registerVehicle(LedgerActor by, NewVehicle vehicle, String fieldPrefix) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> registration = SubjectKeys.registration(vehicle.registration());
        if (registration.isEmpty()) {
            errors.add(new FieldError(fieldPrefix + "registration", "Enter the registration mark: 2 to 10 letters and "
                    + "numbers, like MA19 XKT"));
        }
        String make = Fields.optional(vehicle.make(), fieldPrefix + "make", MAX_VEHICLE_DETAIL, errors);
        String model = Fields.optional(vehicle.model(), fieldPrefix + "model", MAX_VEHICLE_DETAIL, errors);
        String colour = Fields.optional(vehicle.colour(), fieldPrefix + "colour", 30, errors);
        Fields.fail(errors);
        return recorded(by, subjects.vehicle(registration.orElseThrow(), make, model, colour, clock.instant()),
                Map.of("registration", registration.get()));
    }

    @Override
    @Transactional
    public SubjectRef registerPhone(LedgerActor by, String number, String fieldPrefix) {
        String e164 = SubjectKeys.phone(number).orElseThrow(() -> new InvalidInputException(fieldPrefix + "phone",
                "Enter a phone number, like 07700 900123 or +44 7700 900123"));
        return recorded(by, subjects.phone(e164, clock.instant()), Map.of("number", e164));
    }

    @Override
    @Transactional
    public SubjectRef registerLocation(LedgerActor by, NewLocation location, String fieldPrefix) {
        List<FieldError> errors = new ArrayList<>();
        String address = Fields.required(location.address(), fieldPrefix + "address", MAX_ADDRESS,
                "Enter the address or a description of the place", errors);
        String postcode = postcode(location.postcode(), fieldPrefix + "postcode", errors);
        LocationType type = Fields.choice(LocationType.class, location.locationType(), fieldPrefix + "locationType",
                LocationType.OTHER, errors);
        String area = area(location.areaCode(), fieldPrefix + "areaCode", postcode == null, errors);
        Fields.fail(errors);
        String key = SubjectKeys.text(address) + "|" + (postcode != null ? postcode : forceArea(area));
        return recorded(by, subjects.location(key, address, postcode, type.name(), area, clock.instant()),
                Map.of("address", address, "type", type.name()));
    }

    @Override
    @Transactional
    public SubjectRef registerOrganisation(LedgerActor by, NewOrganisation organisation, String fieldPrefix) {
        List<FieldError> errors = new ArrayList<>();
        String name = Fields.required(organisation.name(), fieldPrefix + "name", MAX_NAME,
                "Enter the organisation's name", errors);
        OrganisationType type = Fields.choice(OrganisationType.class, organisation.organisationType(),
                fieldPrefix + "organisationType", OrganisationType.OTHER, errors);
        String area = area(organisation.areaCode(), fieldPrefix + "areaCode", true, errors);
        Fields.fail(errors);
        return recorded(by, subjects.organisation(SubjectKeys.text(name) + "|" + forceArea(area), name, type.name(),
                area, clock.instant()), Map.of("name", name, "type", type.name()));
    }

    /** Someone a child named, within the police force area that covers the child's local authority. */
    @Transactional
    SubjectRef registerNamedPerson(LedgerActor by, String name, String areaCode, String fieldPrefix) {
        String key = name == null ? "" : SubjectKeys.text(name);
        if (key.isEmpty() || key.length() > MAX_NAME) {
            throw new InvalidInputException(fieldPrefix + "name", "Enter the name the person is known by, up to "
                    + MAX_NAME + " characters");
        }
        return recorded(by, subjects.namedPerson(key, forceArea(areaCode), clock.instant()), Map.of("name", key));
    }

    @Override
    public Map<SubjectRef, String> labels(Collection<SubjectRef> refs) {
        Map<SubjectRef, String> labels = new LinkedHashMap<>(subjects.labels(refs));
        persons.names(refs.stream().filter(ref -> ref.type() == SubjectType.PERSON)
                        .map(ref -> new PersonId(ref.id())).toList())
                .forEach((id, name) -> labels.put(new SubjectRef(SubjectType.PERSON, id.value()), name));
        children.findAll(refs.stream().filter(ref -> ref.type() == SubjectType.CHILD)
                        .map(ref -> new ChildId(ref.id())).toList())
                .forEach(child -> labels.put(new SubjectRef(SubjectType.CHILD, child.id().value()), label(child)));
        return labels;
    }

    boolean exists(SubjectRef ref) {
        return held(List.of(ref)).contains(ref);
    }

    /** Those of the subjects that Lantern holds. */
    Set<SubjectRef> held(Collection<SubjectRef> refs) {
        return subjects.held(refs);
    }

    private static String label(ChildView child) {
        return child.fullName() + (child.dateOfBirth() == null ? "" : " (born " + child.dateOfBirth() + ")");
    }

    private SubjectRef recorded(LedgerActor by, SubjectRepository.Stored stored, Map<String, ?> payload) {
        if (stored.created()) {
            ledger.append(new LedgerRecord(by, stored.ref().type().name() + "_REGISTERED", stored.ref().type().name(),
                    stored.ref().id().toString(), payload));
        }
        return stored.ref();
    }

    private static String postcode(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<String> postcode = SubjectKeys.postcode(text);
        if (postcode.isEmpty()) {
            errors.add(new FieldError(field, "Enter a UK postcode, like OL11 1AA, or its first part, like OL11"));
        }
        return postcode.orElse(null);
    }

    /** Without a postcode, the area is what tells one "takeaway on the high street" from another. */
    private String area(String code, String field, boolean required, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "Choose the area: without a postcode it tells this place apart"));
            }
            return null;
        }
        if (!areas.isKnown(code.trim())) {
            errors.add(new FieldError(field, "'" + code.trim() + "' is not an ONS area code Lantern knows"));
            return null;
        }
        return code.trim();
    }

    /** The police force area covering a local authority, so places and names match across a force's towns. */
    String forceArea(String areaCode) {
        return areas.find(areaCode).map(Area::policeForceAreaCode).orElse(areaCode == null ? "" : areaCode);
    }
}
