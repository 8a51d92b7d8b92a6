package uk.lantern.people.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.ChildInput;
import uk.lantern.people.PartialDate;
import uk.lantern.people.PersonId;
import uk.lantern.people.PersonInput;
import uk.lantern.people.RecordKind;
import uk.lantern.people.RecordRegistered;
import uk.lantern.people.Persons;

/**
 * Adults, validated by the same rules as children's details (a person has no local authority of their own, so the
 * rules are applied with a placeholder area that is not stored).
 */
@Service
class JdbcPersons implements Persons {

    private static final String VALIDATION_AREA = "E92000001";
    static final int MAX_PHONE = 30;

    private final JdbcClient jdbc;
    private final ChildValidator validator;
    private final Ledger ledger;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcPersons(JdbcClient jdbc, ChildValidator validator, Ledger ledger, Clock clock,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public PersonId register(LedgerActor by, PersonInput person, String fieldPrefix) {
        ValidChild valid = validator.validateAdult(new ChildInput(person.firstName(), person.surname(),
                person.dateOfBirth(), false, person.sex(), person.ethnicityStatus(), person.ethnicityOns2021(),
                person.ethnicityPoliceSelfDefined(), person.ethnicityObserved(), person.nationality(), null, null,
                VALIDATION_AREA, null, person.aliases(), List.of(), null), fieldPrefix,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        String phone = person.phone() == null || person.phone().isBlank() ? null : person.phone().trim();
        if (phone != null && phone.length() > MAX_PHONE) {
            throw new InvalidInputException(fieldPrefix + "phone", "Phone must be " + MAX_PHONE
                    + " characters or fewer");
        }
        UUID id = UUID.randomUUID();
        PartialDate dob = valid.dateOfBirth();
        jdbc.sql("""
                INSERT INTO person (id, first_name, surname, birth_year, birth_month, birth_day, sex, ethnicity_status,
                    ethnicity_ons2021, ethnicity_police_self_defined, ethnicity_observed, nationality, phone,
                    address_line1, address_postcode, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, valid.firstName(), valid.surname(), dob == null ? null : dob.year(),
                        dob == null ? null : dob.month(), dob == null ? null : dob.day(), valid.sex().name(),
                        valid.ethnicity().status().name(), name(valid.ethnicity().ons2021()),
                        name(valid.ethnicity().policeSelfDefined()), name(valid.ethnicity().observed()),
                        valid.nationality(), phone, person.addressLine1(), person.addressPostcode(),
                        clock.instant().atOffset(ZoneOffset.UTC), by.actorName())
                .update();
        valid.aliases().forEach(alias -> jdbc.sql("INSERT INTO person_alias (id, person_id, first_name, surname) "
                + "VALUES (?, ?, ?, ?)").params(UUID.randomUUID(), id, alias.firstName(), alias.surname()).update());
        events.publishEvent(new RecordRegistered(RecordKind.PERSON, id));
        ledger.append(new LedgerRecord(by, "PERSON_REGISTERED", "PERSON", id.toString(),
                Map.of("name", valid.firstName() + " " + valid.surname())));
        return new PersonId(id);
    }

    @Override
    public Map<PersonId, String> names(Collection<PersonId> ids) {
        Map<PersonId, String> names = new HashMap<>();
        jdbc.sql("SELECT id, first_name, surname FROM person WHERE id = ANY(?)")
                .param(ids.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    names.put(new PersonId(row.getObject("id", UUID.class)),
                            row.getString("first_name") + " " + row.getString("surname"));
                });
        return names;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
