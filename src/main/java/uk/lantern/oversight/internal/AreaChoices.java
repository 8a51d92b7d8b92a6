package uk.lantern.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.lantern.area.Area;
import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;

/** The areas a reader picks from on the oversight pages: England, police force areas, then local authorities. */
public final class AreaChoices {

    /** An option in a select: the value sent and the label shown. */
    public record AreaChoice(String value, String label) {
    }

    private AreaChoices() {
    }

    public static List<AreaChoice> of(Areas areas) {
        List<AreaChoice> choices = new ArrayList<>();
        choices.add(new AreaChoice(Areas.ENGLAND, "England"));
        areas.ofType(AreaType.POLICE_FORCE_AREA).forEach(force -> choices.add(new AreaChoice(force.code(),
                force.name() + " (police force area)")));
        List<Area> authorities = areas.ofType(AreaType.LOCAL_AUTHORITY);
        Map<String, Long> named = authorities.stream().collect(Collectors.groupingBy(Area::name,
                Collectors.counting()));
        // An authority that changed its code (Barnsley in 2025) is listed under both, each with its code.
        authorities.forEach(authority -> choices.add(new AreaChoice(authority.code(),
                named.get(authority.name()) > 1 ? authority.name() + " (" + authority.code() + ")"
                        : authority.name())));
        return choices;
    }
}
