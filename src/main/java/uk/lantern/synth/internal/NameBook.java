package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invented people's names: first names by sex and community, surnames by community, and the variants that
 * agencies write for the same name (transliterations and short forms).
 */
final class NameBook {

    private static final NameBook STANDARD = new NameBook();

    private final Map<Community, List<String>> female = new EnumMap<>(Community.class);
    private final Map<Community, List<String>> male = new EnumMap<>(Community.class);
    private final Map<Community, List<String>> surnames = new EnumMap<>(Community.class);
    private final Map<String, List<String>> spellings = new HashMap<>();
    private final Map<String, List<String>> shortForms = new HashMap<>();

    private NameBook() {
        Map<String, List<String>> femaleSections = ResourceLists.sections("names/first-names-female.txt");
        Map<String, List<String>> maleSections = ResourceLists.sections("names/first-names-male.txt");
        Map<String, List<String>> surnameSections = ResourceLists.sections("names/surnames.txt");
        for (Community community : Community.values()) {
            female.put(community, ResourceLists.section(femaleSections, community.section()));
            male.put(community, ResourceLists.section(maleSections, community.section()));
            surnames.put(community, ResourceLists.section(surnameSections, community.section()));
        }
        loadSpellings();
        loadShortForms();
    }

    static NameBook standard() {
        return STANDARD;
    }

    List<String> firstNames(Community community, Sex sex) {
        return sex == Sex.FEMALE ? female.get(community) : male.get(community);
    }

    List<String> surnames(Community community) {
        return surnames.get(community);
    }

    /** Other spellings of the same name (Mohammed: Muhammad, Mohamed, ...); empty when there are none. */
    List<String> otherSpellings(String name) {
        List<String> group = spellings.getOrDefault(name, List.of());
        return group.stream().filter(spelling -> !spelling.equals(name)).toList();
    }

    /** Short forms that may be written in place of this name (Elizabeth: Beth, Liz, ...). */
    List<String> shortForms(String name) {
        return shortForms.getOrDefault(name, List.of());
    }

    /** Whether two spellings belong to one transliteration or spelling group. */
    boolean sameNameSpelledDifferently(String one, String other) {
        return !one.equals(other) && spellings.getOrDefault(one, List.of()).contains(other);
    }

    boolean isShortFormOf(String shortForm, String formal) {
        return shortForms(formal).contains(shortForm);
    }

    /** Groups that share a member are one group, so "Yusuf, Yousef" and "Yousef, Youssef" join up. */
    private void loadSpellings() {
        for (String line : ResourceLists.lines("names/transliterations.txt")) {
            Set<String> group = new LinkedHashSet<>();
            for (String spelling : line.split(",")) {
                String trimmed = spelling.strip();
                group.add(trimmed);
                group.addAll(spellings.getOrDefault(trimmed, List.of()));
            }
            List<String> merged = List.copyOf(group);
            merged.forEach(member -> spellings.put(member, merged));
        }
    }

    private void loadShortForms() {
        for (String line : ResourceLists.lines("names/diminutives.txt")) {
            String[] parts = line.split(":", 2);
            List<String> forms = new ArrayList<>();
            for (String form : parts[1].split(",")) {
                forms.add(form.strip());
            }
            for (String formal : parts[0].split(",")) {
                shortForms.put(formal.strip(), List.copyOf(forms));
            }
        }
    }
}
