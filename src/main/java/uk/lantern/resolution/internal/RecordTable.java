package uk.lantern.resolution.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;

/**
 * The records of one resolution run, held column by column. Records are addressed by their position; columns are
 * built the first time a comparison or blocking rule asks for them and then shared.
 */
final class RecordTable {

    private final List<PersonRecord> records;
    private final Map<String, ValueColumn> columns = new ConcurrentHashMap<>();
    private final Map<PersonField, NameCodes> nameCodes = new ConcurrentHashMap<>();

    RecordTable(List<PersonRecord> records) {
        this.records = List.copyOf(records);
    }

    int size() {
        return records.size();
    }

    PersonRecord record(int index) {
        return records.get(index);
    }

    String id(int index) {
        return records.get(index).id();
    }

    ValueColumn column(PersonField field, Normalisation normalisation) {
        return computed(field + "/" + normalisation, record -> record.get(field), normalisation::apply);
    }

    /** A column of a value worked out from each whole record, for example both names in alphabetical order. */
    ValueColumn computed(String name, Function<PersonRecord, String> value, Function<String, String> normaliser) {
        return columns.computeIfAbsent(name,
                key -> ValueColumn.of(records.stream().map(value).toList(), normaliser));
    }

    NameCodes nameCodes(PersonField nameField) {
        return nameCodes.computeIfAbsent(nameField,
                field -> new NameCodes(column(field, Normalisation.LETTERS), NameVariants.standard()));
    }

    /** A column derived from another, cached under its own name, for example {@code postcode/district}. */
    ValueColumn derived(String name, ValueColumn source, Function<String, String> derivation) {
        return columns.computeIfAbsent(name, key -> source.derive(derivation));
    }
}
