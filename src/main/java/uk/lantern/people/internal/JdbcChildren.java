package uk.lantern.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildInput;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;
import uk.lantern.people.Ethnicity;
import uk.lantern.people.EthnicityStatus;
import uk.lantern.people.ObservedEthnicity;
import uk.lantern.people.Ons2021Ethnicity;
import uk.lantern.people.PartialDate;
import uk.lantern.people.PoliceSelfDefinedEthnicity;
import uk.lantern.people.RecordKind;
import uk.lantern.people.RecordRegistered;
import uk.lantern.people.RecordVoided;
import uk.lantern.people.Sex;

@Service
class JdbcChildren implements Children {

    static final int MAX_VOID_REASON = 1000;
    private static final String COLUMNS = "id, first_name, surname, birth_year, birth_month, birth_day, "
            + "birth_date_approximate, sex, ethnicity_status, ethnicity_ons2021, ethnicity_police_self_defined, "
            + "ethnicity_observed, nationality, country_of_birth, nhs_number, area_code, school, created_at, "
            + "voided_at, void_reason";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ChildValidator validator;
    private final Ledger ledger;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcChildren(JdbcClient jdbc, JdbcTemplate batch, ChildValidator validator, Ledger ledger, Clock clock,
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
    public ChildView register(LedgerActor by, ChildInput input, String fieldPrefix) {
        Instant now = clock.instant();
        ValidChild child = validator.validate(input, fieldPrefix, LocalDate.ofInstant(now, ZoneOffset.UTC));
        UUID id = store(by, List.of(child), now).get(0);
        // Built from what was just written rather than read back: registering is on the hot path of imports.
        return new ChildView(new ChildId(id), child.firstName(), child.surname(), child.dateOfBirth(), child.sex(),
                child.ethnicity(), child.nationality(), child.countryOfBirth(), child.nhsNumber(), child.areaCode(),
                child.school(), child.aliases(), child.addresses(),
                child.placement() == null ? List.of() : List.of(child.placement()), now, null, null);
    }

    @Override
    @Transactional
    public List<ChildId> registerAll(LedgerActor by, List<ChildInput> inputs) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<ValidChild> valid = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            valid.add(validator.validate(inputs.get(i), "[" + i + "].", today));
        }
        return store(by, valid, now).stream().map(ChildId::new).toList();
    }

    /**
     * Writes validated children with one batched statement per table, publishes each registration and appends each
     * ledger entry. A single registration is a batch of one, so hand-entered and imported children are written alike.
     */
    private List<UUID> store(LedgerActor by, List<ValidChild> children, Instant now) {
        List<UUID> ids = new ArrayList<>(children.size());
        List<Object[]> rows = new ArrayList<>(children.size());
        List<Object[]> aliases = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> placements = new ArrayList<>();
        List<LedgerRecord> entries = new ArrayList<>(children.size());
        for (ValidChild child : children) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            PartialDate dob = child.dateOfBirth();
            Ethnicity ethnicity = child.ethnicity();
            rows.add(new Object[] {id, child.firstName(), child.surname(), dob == null ? null : dob.year(),
                    dob == null ? null : dob.month(), dob == null ? null : dob.day(),
                    dob != null && dob.approximate(), child.sex().name(), ethnicity.status().name(),
                    name(ethnicity.ons2021()), name(ethnicity.policeSelfDefined()), name(ethnicity.observed()),
                    child.nationality(), child.countryOfBirth(), child.nhsNumber(), child.areaCode(),
                    child.school(), now.atOffset(ZoneOffset.UTC), by.actorName()});
            aliases.addAll(aliasRows(id, child));
            addresses.addAll(addressRows(id, child));
            placements.addAll(placementRows(id, child));
            entries.add(new LedgerRecord(by, "CHILD_REGISTERED", "CHILD", id.toString(), ledgerPayload(child)));
        }
        batch.batchUpdate("""
                INSERT INTO child (id, first_name, surname, birth_year, birth_month, birth_day,
                    birth_date_approximate, sex, ethnicity_status, ethnicity_ons2021,
                    ethnicity_police_self_defined, ethnicity_observed, nationality, country_of_birth,
                    nhs_number, area_code, school, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        insertParts(aliases, addresses, placements);
        events.publishEvent(new RecordRegistered(RecordKind.CHILD, ids));
        ledger.appendAll(entries);
        return ids;
    }

    private void insertParts(List<Object[]> aliases, List<Object[]> addresses, List<Object[]> placements) {
        if (!aliases.isEmpty()) {
            batch.batchUpdate("INSERT INTO child_alias (id, child_id, first_name, surname) VALUES (?, ?, ?, ?)",
                    aliases);
        }
        if (!addresses.isEmpty()) {
            batch.batchUpdate("INSERT INTO child_address (id, child_id, line1, line2, town, postcode, from_date, "
                    + "to_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", addresses);
        }
        if (!placements.isEmpty()) {
            batch.batchUpdate("INSERT INTO child_placement (id, child_id, placement_type, provider_name, from_date) "
                    + "VALUES (?, ?, ?, ?, ?)", placements);
        }
    }

    private static List<Object[]> aliasRows(UUID id, ValidChild child) {
        return child.aliases().stream().map(alias -> new Object[] {UUID.randomUUID(), id, alias.firstName(),
                alias.surname()}).toList();
    }

    private static List<Object[]> addressRows(UUID id, ValidChild child) {
        return child.addresses().stream().map(address -> new Object[] {UUID.randomUUID(), id, address.line1(),
                address.line2(), address.town(), address.postcode(), date(address.from()), date(address.to())})
                .toList();
    }

    private static List<Object[]> placementRows(UUID id, ValidChild child) {
        return child.placement() == null ? List.of() : List.<Object[]>of(new Object[] {UUID.randomUUID(), id,
                child.placement().placementType(), child.placement().providerName(),
                date(child.placement().from())});
    }

    @Override
    @Transactional
    public boolean update(LedgerActor by, ChildId id, ChildInput input) {
        ChildView current = find(id).filter(found -> !found.voided()).orElseThrow(() ->
                new InvalidInputException("childId", "No current child record has this id"));
        ValidChild child = validator.validate(input, "", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<ChildInput.Placement> placement = child.placement() == null ? List.of() : List.of(child.placement());
        FieldChanges changes = new FieldChanges()
                .compare("firstName", current.firstName(), child.firstName())
                .compare("surname", current.surname(), child.surname())
                .compare("dateOfBirth", text(current.dateOfBirth()), text(child.dateOfBirth()))
                .compare("sex", current.sex().name(), child.sex().name())
                .compare("ethnicity", ethnicityText(current.ethnicity()), ethnicityText(child.ethnicity()))
                .compare("nationality", current.nationality(), child.nationality())
                .compare("countryOfBirth", current.countryOfBirth(), child.countryOfBirth())
                .compare("nhsNumber", current.nhsNumber(), child.nhsNumber())
                .compare("areaCode", current.areaCode(), child.areaCode())
                .compare("school", current.school(), child.school());
        ValidChild additions = new ValidChild(null, null, null, null, null, null, null, null, null, null,
                changes.added("aliases", current.aliases(), child.aliases(),
                        alias -> FieldChanges.words(alias.firstName(), alias.surname())),
                changes.added("addresses", current.addresses(), child.addresses(),
                        address -> FieldChanges.words(address.line1(), address.line2(), address.town(),
                                address.postcode(), address.from() == null ? null : "from " + address.from(),
                                address.to() == null ? null : "to " + address.to())),
                changes.added("placement", current.placements(), placement,
                        given -> FieldChanges.words(given.placementType(), given.providerName(),
                                given.from() == null ? null : "from " + given.from()))
                        .stream().findFirst().orElse(null));
        if (changes.isEmpty()) {
            return false;
        }
        PartialDate dob = child.dateOfBirth();
        Ethnicity ethnicity = child.ethnicity();
        jdbc.sql("""
                        UPDATE child SET first_name = ?, surname = ?, birth_year = ?, birth_month = ?, birth_day = ?,
                            birth_date_approximate = ?, sex = ?, ethnicity_status = ?, ethnicity_ons2021 = ?,
                            ethnicity_police_self_defined = ?, ethnicity_observed = ?, nationality = ?,
                            country_of_birth = ?, nhs_number = ?, area_code = ?, school = ?
                        WHERE id = ?""")
                .params(child.firstName(), child.surname(), dob == null ? null : dob.year(),
                        dob == null ? null : dob.month(), dob == null ? null : dob.day(),
                        dob != null && dob.approximate(), child.sex().name(), ethnicity.status().name(),
                        name(ethnicity.ons2021()), name(ethnicity.policeSelfDefined()), name(ethnicity.observed()),
                        child.nationality(), child.countryOfBirth(), child.nhsNumber(), child.areaCode(),
                        child.school(), id.value())
                .update();
        // Aliases, addresses and placements are history: new ones are added and none is removed.
        insertParts(aliasRows(id.value(), additions), addressRows(id.value(), additions),
                placementRows(id.value(), additions));
        // Queued again, so that entity resolution looks at the changed particulars.
        events.publishEvent(RecordRegistered.one(RecordKind.CHILD, id.value()));
        ledger.append(new LedgerRecord(by, "CHILD_UPDATED", "CHILD", id.toString(), changes.ledgerPayload()));
        return true;
    }

    /** The recorded ethnicity codes, for an update's ledger entry. */
    private static String ethnicityText(Ethnicity ethnicity) {
        return FieldChanges.words(ethnicity.status().name(), name(ethnicity.ons2021()),
                name(ethnicity.policeSelfDefined()), name(ethnicity.observed()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** What the ledger keeps of a new child: enough to show the change, no more personal detail than needed. */
    private static Map<String, Object> ledgerPayload(ValidChild child) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("name", child.firstName() + " " + child.surname());
        payload.put("areaCode", child.areaCode());
        if (child.dateOfBirth() != null) {
            payload.put("dateOfBirth", child.dateOfBirth().toString());
        }
        return payload;
    }

    @Override
    public List<InvalidInputException.FieldError> problemsWith(ChildInput child, String fieldPrefix) {
        try {
            validator.validate(child, fieldPrefix, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            return List.of();
        } catch (InvalidInputException invalid) {
            return invalid.errors();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChildView> find(ChildId id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChildView> findAll(Collection<ChildId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] keys = ids.stream().map(ChildId::value).toArray(UUID[]::new);
        Map<UUID, List<ChildInput.Alias>> aliases = new LinkedHashMap<>();
        jdbc.sql("SELECT child_id, first_name, surname FROM child_alias WHERE child_id = ANY(?)").param(keys)
                .query((ResultSet row) -> {
                    aliases.computeIfAbsent(row.getObject("child_id", UUID.class), key -> new java.util.ArrayList<>())
                            .add(new ChildInput.Alias(row.getString("first_name"), row.getString("surname")));
                });
        Map<UUID, List<ChildInput.Address>> addresses = new LinkedHashMap<>();
        jdbc.sql("SELECT child_id, line1, line2, town, postcode, from_date, to_date FROM child_address "
                        + "WHERE child_id = ANY(?) ORDER BY from_date NULLS LAST").param(keys)
                .query((ResultSet row) -> {
                    addresses.computeIfAbsent(row.getObject("child_id", UUID.class), key -> new java.util.ArrayList<>())
                            .add(new ChildInput.Address(row.getString("line1"), row.getString("line2"),
                                    row.getString("town"), row.getString("postcode"), row.getString("from_date"),
                                    row.getString("to_date")));
                });
        Map<UUID, List<ChildInput.Placement>> placements = new LinkedHashMap<>();
        jdbc.sql("SELECT child_id, placement_type, provider_name, from_date FROM child_placement "
                        + "WHERE child_id = ANY(?) ORDER BY from_date NULLS LAST").param(keys)
                .query((ResultSet row) -> {
                    placements.computeIfAbsent(row.getObject("child_id", UUID.class),
                            key -> new java.util.ArrayList<>()).add(new ChildInput.Placement(
                            row.getString("placement_type"), row.getString("provider_name"),
                            row.getString("from_date")));
                });
        return jdbc.sql("SELECT " + COLUMNS + " FROM child WHERE id = ANY(?)").param(keys)
                .query((row, n) -> child(row, aliases, addresses, placements)).list();
    }

    @Override
    @Transactional
    public ChildView voidRecord(LedgerActor by, ChildId id, String reason) {
        String stated = reason == null ? "" : reason.trim();
        if (stated.isEmpty() || stated.length() > MAX_VOID_REASON) {
            throw new InvalidInputException("reason", "Give a reason for voiding the record, up to "
                    + MAX_VOID_REASON + " characters");
        }
        int voided = jdbc.sql("UPDATE child SET voided_at = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL")
                .params(clock.instant().atOffset(ZoneOffset.UTC), stated, id.value()).update();
        if (voided == 0) {
            throw new InvalidInputException("childId", "No current child record has this id");
        }
        ledger.append(new LedgerRecord(by, "CHILD_VOIDED", "CHILD", id.toString(), Map.of("reason", stated)));
        events.publishEvent(new RecordVoided(RecordKind.CHILD, id.value()));
        return find(id).orElseThrow();
    }

    private static ChildView child(ResultSet row, Map<UUID, List<ChildInput.Alias>> aliases,
                                   Map<UUID, List<ChildInput.Address>> addresses,
                                   Map<UUID, List<ChildInput.Placement>> placements) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Integer year = (Integer) row.getObject("birth_year");
        PartialDate dob = year == null ? null : new PartialDate(year, (Integer) row.getObject("birth_month"),
                (Integer) row.getObject("birth_day"), row.getBoolean("birth_date_approximate"));
        Ethnicity ethnicity = new Ethnicity(EthnicityStatus.valueOf(row.getString("ethnicity_status")),
                value(Ons2021Ethnicity.class, row.getString("ethnicity_ons2021")),
                value(PoliceSelfDefinedEthnicity.class, row.getString("ethnicity_police_self_defined")),
                value(ObservedEthnicity.class, row.getString("ethnicity_observed")));
        return new ChildView(new ChildId(id), row.getString("first_name"), row.getString("surname"), dob,
                Sex.valueOf(row.getString("sex")), ethnicity, row.getString("nationality"),
                row.getString("country_of_birth"), row.getString("nhs_number"), row.getString("area_code"),
                row.getString("school"), aliases.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()),
                placements.getOrDefault(id, List.of()), instant(row, "created_at"), instant(row, "voided_at"),
                row.getString("void_reason"));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
