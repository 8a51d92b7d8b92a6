package uk.lantern.resolution.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * True names for the hard UK set's people, drawn from the synthetic name lists by community with Zipf's law
 * (exponent {@value #ZIPF_EXPONENT}; the lists start with the commonest), so that Muhammad, Khan, Hussain, Begum and
 * Smith dominate as they do in the towns. Pakistani and Bangladeshi men are often given a compound name whose first
 * part is Muhammad ("Muhammad Sajid", called Sajid) or Abdul ("Abdul Rahman"). Women's surnames follow their
 * community: Bangladeshi women are very often Begum or Khatun, Pakistani women Bibi or Begum, Sikh women Kaur;
 * Polish women take the -ska form and Slovak Roma women the -ová form of the family's name.
 */
final class UkNames {

    private static final double ZIPF_EXPONENT = 1.1;
    /** The spellings a family may use for Muhammad at the head of a compound name, commonest first. */
    private static final List<String> MUHAMMAD = List.of("Muhammad", "Mohammed", "Mohammad", "Mohamed");

    private static final Set<String> WOMEN_ONLY = Set.of("Begum", "Bibi", "Khatun", "Khanom", "Sultana", "Kausar",
            "Kaur");
    private static final Map<UkCommunity, List<String>> WOMENS_OWN_SURNAMES = Map.of(
            UkCommunity.PAKISTANI, List.of("Bibi", "Begum", "Kausar", "Akhtar"),
            UkCommunity.BANGLADESHI, List.of("Begum", "Khatun", "Akhter", "Sultana", "Khanom"),
            UkCommunity.INDIAN, List.of("Kaur"));
    private static final List<String> AFTER_ABDUL = List.of("Rahman", "Rahim", "Karim", "Aziz", "Hamid", "Majid",
            "Basit", "Qadir", "Wahab", "Latif", "Haq", "Jabbar");

    private final Map<UkCommunity, ZipfDraw<String>> boys = new EnumMap<>(UkCommunity.class);
    private final Map<UkCommunity, ZipfDraw<String>> girls = new EnumMap<>(UkCommunity.class);
    private final Map<UkCommunity, ZipfDraw<String>> secondNames = new EnumMap<>(UkCommunity.class);
    private final Map<UkCommunity, ZipfDraw<String>> familySurnames = new EnumMap<>(UkCommunity.class);
    private final Map<UkCommunity, ZipfDraw<String>> womensSurnames = new EnumMap<>(UkCommunity.class);
    private final ZipfDraw<String> muhammad = new ZipfDraw<>(MUHAMMAD, ZIPF_EXPONENT);
    private final ZipfDraw<String> afterAbdul = new ZipfDraw<>(AFTER_ABDUL, ZIPF_EXPONENT);

    UkNames() {
        Map<String, List<String>> male = SynthLists.sections("/synth/names/first-names-male.txt");
        Map<String, List<String>> female = SynthLists.sections("/synth/names/first-names-female.txt");
        Map<String, List<String>> surnames = SynthLists.sections("/synth/names/surnames.txt");
        for (UkCommunity community : UkCommunity.values()) {
            List<String> men = male.get(community.section());
            boys.put(community, new ZipfDraw<>(men, ZIPF_EXPONENT));
            girls.put(community, new ZipfDraw<>(female.get(community.section()), ZIPF_EXPONENT));
            secondNames.put(community, zipf(men, name -> !MUHAMMAD.contains(name) && !name.equals("Abdul")));
            familySurnames.put(community, zipf(surnames.get(community.section()), name -> !WOMEN_ONLY.contains(name)));
        }
        WOMENS_OWN_SURNAMES.forEach((community, names) -> womensSurnames.put(community,
                new ZipfDraw<>(names, ZIPF_EXPONENT)));
    }

    private static ZipfDraw<String> zipf(List<String> names, Predicate<String> kept) {
        return new ZipfDraw<>(names.stream().filter(kept).toList(), ZIPF_EXPONENT);
    }

    /** A given name; for a Pakistani or Bangladeshi boy often a compound one. */
    String given(UkCommunity community, boolean female, SplittableRandom random) {
        if (female) {
            return girls.get(community).draw(random);
        }
        if (community.namesSonsMuhammad()) {
            double draw = random.nextDouble();
            if (draw < 0.40) {
                return muhammad.draw(random) + " " + secondNames.get(community).draw(random);
            }
            if (draw < (community == UkCommunity.BANGLADESHI ? 0.55 : 0.48)) {
                return "Abdul " + afterAbdul.draw(random);
            }
        }
        return boys.get(community).draw(random);
    }

    /** An English middle name for six people in ten, never the given name again; else null. */
    String middle(UkCommunity community, boolean female, String given, SplittableRandom random) {
        if (community != UkCommunity.ENGLISH || random.nextDouble() >= 0.6) {
            return null;
        }
        String middle = (female ? girls : boys).get(community).draw(random);
        return middle.equals(given) ? null : middle;
    }

    /** The surname a family passes to its sons. */
    String familySurname(UkCommunity community, SplittableRandom random) {
        return familySurnames.get(community).draw(random);
    }

    /**
     * A wife's or daughter's surname: her community's women's surname (Begum, Bibi, Kaur) for some, her own family's
     * for some wives, else the family's name in its feminine form.
     */
    String womansSurname(UkCommunity community, String family, boolean wife, SplittableRandom random) {
        ZipfDraw<String> womensNames = womensSurnames.get(community);
        double womensName = community == UkCommunity.BANGLADESHI ? 0.45 : 0.3;
        if (womensNames != null && random.nextDouble() < womensName) {
            return womensNames.draw(random);
        }
        double keepsHerOwn = community == UkCommunity.ENGLISH ? 0.15 : 0.25;
        if (wife && random.nextDouble() < keepsHerOwn) {
            return feminine(community, familySurname(community, random));
        }
        return feminine(community, family);
    }

    private static String feminine(UkCommunity community, String surname) {
        if (surname.endsWith("ski") || surname.endsWith("cki") || surname.endsWith("zki")) {
            return surname.substring(0, surname.length() - 1) + "a";
        }
        if (community == UkCommunity.ROMA) {
            return (surname.endsWith("a") || surname.endsWith("o") || surname.endsWith("y")
                    ? surname.substring(0, surname.length() - 1) : surname) + "ová";
        }
        return surname;
    }

    static boolean startsWithMuhammad(String given) {
        int space = given.indexOf(' ');
        return space > 0 && MUHAMMAD.contains(given.substring(0, space));
    }
}
