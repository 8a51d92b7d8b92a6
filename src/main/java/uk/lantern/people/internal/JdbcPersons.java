package uk.lantern.people.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** A column of a person's own details, with the field name an update's ledger entry gives it. */
    private record Column(String field, String column) {
    }

    /** A person's own columns (not id, creation or aliases): written on registering, compared and set on updating. */
    private static final List<Column> COLUMNS = List.of(new Column("firstName", "first_name"),
            new Column("surname", "surname"), new Column("birthYear", "birth_year"),
            new Column("birthMonth", "birth_month"), new Column("birthDay", "birth_day"), new Column("sex", "sex"),
            new Column("ethnicityStatus", "ethnicity_status"), new Column("ethnicityOns2021", "ethnicity_ons2021"),
            new Column("ethnicityPoliceSelfDefined", "ethnicity_police_self_defined"),
            new Column("ethnicityObserved", "ethnicity_observed"), new Column("nationality", "nationality"),
            new Column("phone", "phone"), new Column("addressLine1", "address_line1"),
            new Column("addressPostcode", "address_postcode"));
    static final int MAX_PHONE = 30;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ChildValidator validator;
    private final Ledger ledger;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcPersons(JdbcClient jdbc, JdbcTemplate batch, ChildValidator validator, Ledger ledger, Clock clock,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public PersonId register(LedgerActor by, PersonInput person, String fieldPrefix) {
        return new PersonId(store(by, List.of(validate(person, fieldPrefix))).get(0));
    }

    @Override
    @Transactional
    public List<PersonId> registerAll(LedgerActor by, List<PersonInput> persons) {
        List<ValidPerson> valid = new ArrayList<>(persons.size());
        for (int i = 0; i < persons.size(); i++) {
            valid.add(validate(persons.get(i), "[" + i + "]."));
        }
        return store(by, valid).stream().map(PersonId::new).toList();
    }

    /** A person's details that passed validation: the child's rules, and the person's own phone and address. */
    private record ValidPerson(ValidChild details, String phone, String addressLine1, String addressPostcode) {
    }

    private ValidPerson validate(PersonInput person, String fieldPrefix) {
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
        return new ValidPerson(valid, phone, person.addressLine1(), person.addressPostcode());
    }

    /** Batched writes; a single registration is a batch of one, so every path writes a person alike. */
    private List<UUID> store(LedgerActor by, List<ValidPerson> persons) {
        List<UUID> ids = new ArrayList<>(persons.size());
        List<Object[]> rows = new ArrayList<>(persons.size());
        List<Object[]> aliases = new ArrayList<>();
        List<LedgerRecord> entries = new ArrayList<>(persons.size());
        for (ValidPerson person : persons) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            ValidChild valid = person.details();
            List<Object> row = new ArrayList<>(List.of(id));
            row.addAll(columnValues(person));
            row.add(clock.instant().atOffset(ZoneOffset.UTC));
            row.add(by.actorName());
            rows.add(row.toArray());
            aliases.addAll(aliasRows(id, valid.aliases()));
            entries.add(new LedgerRecord(by, "PERSON_REGISTERED", "PERSON", id.toString(),
                    Map.of("name", valid.firstName() + " " + valid.surname())));
        }
        batch.batchUpdate("INSERT INTO person (id, " + String.join(", ", COLUMNS.stream().map(Column::column)
                .toList()) + ", created_at, created_by) VALUES (?" + ", ?".repeat(COLUMNS.size() + 2) + ")", rows);
        insertAliases(aliases);
        events.publishEvent(new RecordRegistered(RecordKind.PERSON, ids));
        ledger.appendAll(entries);
        return ids;
    }

    private void insertAliases(List<Object[]> aliases) {
        if (!aliases.isEmpty()) {
            batch.batchUpdate("INSERT INTO person_alias (id, person_id, first_name, surname) VALUES (?, ?, ?, ?)",
                    aliases);
        }
    }

    private static List<Object[]> aliasRows(UUID id, List<ChildInput.Alias> aliases) {
        return aliases.stream().map(alias -> new Object[] {UUID.randomUUID(), id, alias.firstName(),
                alias.surname()}).toList();
    }

    @Override
    @Transactional
    public boolean update(LedgerActor by, PersonId id, PersonInput input) {
        ValidPerson person = validate(input, "");
        ValidChild valid = person.details();
        Map<String, Object> current = jdbc.sql("SELECT " + String.join(", ", COLUMNS.stream().map(Column::column)
                        .toList()) + " FROM person WHERE id = ?")
                .param(id.value()).query().listOfRows().stream().findFirst().orElseThrow(() ->
                        new InvalidInputException("personId", "No person record has this id"));
        List<ChildInput.Alias> aliases = jdbc.sql("SELECT first_name, surname FROM person_alias WHERE person_id = ?")
                .param(id.value()).query((row, n) -> new ChildInput.Alias(row.getString("first_name"),
                        row.getString("surname"))).list();
        List<Object> after = columnValues(person);
        FieldChanges changes = new FieldChanges();
        for (int i = 0; i < COLUMNS.size(); i++) {
            changes.compare(COLUMNS.get(i).field(), current.get(COLUMNS.get(i).column()), after.get(i));
        }
        List<ChildInput.Alias> added = changes.added("aliases", aliases, valid.aliases(),
                alias -> FieldChanges.words(alias.firstName(), alias.surname()));
        if (changes.isEmpty()) {
            return false;
        }
        List<Object> parameters = new ArrayList<>(after);
        parameters.add(id.value());
        jdbc.sql("UPDATE person SET " + String.join(", ", COLUMNS.stream().map(column -> column.column() + " = ?")
                .toList()) + " WHERE id = ?").params(parameters).update();
        insertAliases(aliasRows(id.value(), added));
        // Queued again, so that entity resolution looks at the changed particulars.
        events.publishEvent(RecordRegistered.one(RecordKind.PERSON, id.value()));
        ledger.append(new LedgerRecord(by, "PERSON_UPDATED", "PERSON", id.toString(), changes.ledgerPayload()));
        return true;
    }

    /** A person's own columns, in the order of {@link #COLUMNS}. */
    private static List<Object> columnValues(ValidPerson person) {
        ValidChild valid = person.details();
        PartialDate dob = valid.dateOfBirth();
        return java.util.Arrays.asList(valid.firstName(), valid.surname(), dob == null ? null : dob.year(),
                dob == null ? null : dob.month(), dob == null ? null : dob.day(), valid.sex().name(),
                valid.ethnicity().status().name(), name(valid.ethnicity().ons2021()),
                name(valid.ethnicity().policeSelfDefined()), name(valid.ethnicity().observed()), valid.nationality(),
                person.phone(), person.addressLine1(), person.addressPostcode());
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
