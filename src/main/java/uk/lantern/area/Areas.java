package uk.lantern.area;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.lantern.area.internal.AreaReferenceData;

/** The areas Lantern knows, and which contain which. */
@Component
public class Areas {

    public static final String ENGLAND = "E92000001";

    private final Map<String, Area> byCode;

    public Areas() {
        this.byCode = AreaReferenceData.load();
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    /**
     * Whether someone working for {@code scopeCode} works in {@code recordAreaCode}: the same area, a police force
     * area that covers the local authority, or England as a whole.
     */
    public boolean covers(String scopeCode, String recordAreaCode) {
        if (scopeCode == null || recordAreaCode == null) {
            return false;
        }
        if (scopeCode.equals(recordAreaCode) || scopeCode.equals(ENGLAND)) {
            return true;
        }
        Area record = byCode.get(recordAreaCode);
        return record != null && scopeCode.equals(record.policeForceAreaCode());
    }

    /** The local authorities someone working for {@code scopeCode} works in. */
    public List<String> localAuthoritiesCoveredBy(String scopeCode) {
        return byCode.values().stream()
                .filter(area -> area.type() == AreaType.LOCAL_AUTHORITY && covers(scopeCode, area.code()))
                .map(Area::code).sorted().toList();
    }

    public List<Area> ofType(AreaType type) {
        return sorted(byCode.values().stream().filter(area -> area.type() == type).toList());
    }

    public List<Area> all() {
        return sorted(byCode.values());
    }

    private static List<Area> sorted(Collection<Area> areas) {
        return areas.stream().sorted(Comparator.comparing(Area::type).thenComparing(Area::name)).toList();
    }
}
