package uk.lantern.resolution.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name-variant and nickname table in {@code resolution/name-variants.txt}: names that one person's records may
 * carry in place of each other. Groups are not joined through shared members, because Sam is short for both Samuel
 * and Samantha and those two are not variants of each other.
 */
final class NameVariants {

    private static final String RESOURCE = "/resolution/name-variants.txt";
    private static final int[] NO_GROUPS = {};
    private static final NameVariants STANDARD = load();

    private final Map<String, int[]> groupsOfName;
    private final List<List<String>> members;

    private NameVariants(Map<String, int[]> groupsOfName, List<List<String>> members) {
        this.groupsOfName = groupsOfName;
        this.members = members;
    }

    static NameVariants standard() {
        return STANDARD;
    }

    /** The groups a name (normalised to {@link Normalisation#LETTERS}) belongs to, in ascending order. */
    int[] groups(String name) {
        return groupsOfName.getOrDefault(name, NO_GROUPS);
    }

    /** Every other name that shares a group with this one, for writing synthetic records with variant names. */
    List<String> variantsOf(String name) {
        Set<String> variants = new LinkedHashSet<>();
        for (int group : groups(name)) {
            variants.addAll(members.get(group));
        }
        variants.remove(name);
        return List.copyOf(variants);
    }

    boolean areVariants(String one, String other) {
        return shareAGroup(groups(one), groups(other));
    }

    static boolean shareAGroup(int[] one, int[] other) {
        int i = 0;
        int j = 0;
        while (i < one.length && j < other.length) {
            if (one[i] == other[j]) {
                return true;
            }
            if (one[i] < other[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static NameVariants load() {
        Map<String, int[]> groupsOfName = new HashMap<>();
        List<List<String>> members = new ArrayList<>();
        int group = 0;
        try (InputStream stream = NameVariants.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (String name : line.split(",")) {
                    String normalised = Normalisation.LETTERS.apply(name);
                    names.add(normalised);
                    int[] groups = groupsOfName.getOrDefault(normalised, NO_GROUPS);
                    int[] joined = Arrays.copyOf(groups, groups.length + 1);
                    joined[groups.length] = group;
                    groupsOfName.put(normalised, joined);
                }
                members.add(List.copyOf(names));
                group++;
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, unreadable);
        }
        return new NameVariants(Map.copyOf(groupsOfName), List.copyOf(members));
    }
}
