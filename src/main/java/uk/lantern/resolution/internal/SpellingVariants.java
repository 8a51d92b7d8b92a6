package uk.lantern.resolution.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one name gets written differently by different people: the synthetic data's own transliteration groups
 * ({@code transliterations.txt}: Mohammed, Muhammad, Mohamed) and short forms ({@code diminutives.txt}: Michael,
 * Mike), and beyond them spelling rules that make variants no table lists. Names from Urdu, Bengali and Arabic are
 * respelled as English clerks hear them (ee/i, oo/u, aa/a, ou/u, q/k, kh/k, ph/f, z/s, th/s, ai/ay, e/a before a
 * final d, u/o, -ah/-a, doubled and single letters: Mushtaq becomes Mushtak, Sultan Sultaan, Usman Uthman); Central
 * European names lose or change their spelling (w/v, sz/sh, cz/ch, j/y, ks/x); English names change in their
 * letters (y/i, -ie/-y, ph/f, c/k, doubled letters). The matcher's own variant table is deliberately not read, so
 * the set holds variants the matcher may not know.
 */
final class SpellingVariants {

    private record Rule(Pattern pattern, String replacement) {

        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    private static final List<Rule> TRANSLITERATED = List.of(
            Rule.of("ee", "i"), Rule.of("(?<=[^aeiou])i(?=[^aeiouy])", "ee"),
            Rule.of("oo", "u"), Rule.of("(?<=[^aeiou])u(?=[^aeiou])", "oo"),
            Rule.of("aa", "a"), Rule.of("(?<=[^aeiou])a(?=[^aeiouh])", "aa"),
            Rule.of("ou", "u"), Rule.of("ou", "o"),
            Rule.of("q", "k"), Rule.of("(?<=[aeiou])k(?!h)", "q"), Rule.of("kh", "k"),
            Rule.of("ph", "f"), Rule.of("(?<=.)f", "ph"),
            Rule.of("z", "s"), Rule.of("(?<=[aeiou])s(?=[aeiou])", "z"),
            Rule.of("th", "s"), Rule.of("s(?=m)", "th"),
            Rule.of("(?<=a)i", "y"), Rule.of("(?<=a)y", "i"),
            Rule.of("e(?=d$)", "a"), Rule.of("a(?=d$)", "e"),
            Rule.of("(?<=[^aeiou])u(?=[^aeiou])", "o"), Rule.of("(?<=[^aeiou])o(?=[^aeiou])", "u"),
            Rule.of("^u", "o"), Rule.of("^o", "u"), Rule.of("^i", "e"),
            Rule.of("ah$", "a"), Rule.of("(?<=[^aeiouh])a$", "ah"),
            Rule.of("([bcdfgjklmnprstz])\\1", "$1"), Rule.of("(?<=[aeiou])([bdfklmnrst])(?=[aeiou])", "$1$1"));
    private static final List<Rule> CENTRAL_EUROPEAN = List.of(
            Rule.of("w", "v"), Rule.of("(?<=.)v", "w"), Rule.of("sz", "sh"), Rule.of("cz", "ch"),
            Rule.of("^j", "y"), Rule.of("ks", "x"), Rule.of("x", "ks"), Rule.of("^k", "c"), Rule.of("y$", "i"),
            Rule.of("([klnrst])\\1", "$1"));
    private static final List<Rule> ENGLISH = List.of(
            Rule.of("(?<=[^aeiou])i(?=[^aeiou])", "y"), Rule.of("(?<=[^aeiou])y(?=[^aeiou])", "i"),
            Rule.of("ie$", "y"), Rule.of("(?<=[^aeiou])y$", "ie"), Rule.of("ey$", "y"),
            Rule.of("ph", "f"), Rule.of("^c(?=[aou])", "k"), Rule.of("^k", "c"),
            Rule.of("([bdglmnprt])\\1", "$1"), Rule.of("(?<=[aeiou])([lnrt])(?=[aeiouy])", "$1$1"));
    private static final Map<String, String> WITH_ACCENTS = Map.of("zoe", "Zoë", "chloe", "Chloë", "noel", "Noël",
            "jose", "José", "renee", "Renée");

    private final Map<String, List<String>> spellings = new HashMap<>();
    private final Map<String, List<String>> shortForms = new HashMap<>();

    SpellingVariants() {
        for (String line : SynthLists.entries("/synth/names/transliterations.txt")) {
            List<String> group = List.of(line.split("\\s*,\\s*"));
            for (String member : group) {
                List<String> others = new ArrayList<>(group);
                others.remove(member);
                spellings.put(key(member), others);
            }
        }
        for (String line : SynthLists.entries("/synth/names/diminutives.txt")) {
            String[] formalAndShort = line.split(":");
            List<String> shorts = List.of(formalAndShort[1].strip().split("\\s*,\\s*"));
            for (String formal : formalAndShort[0].split(",")) {
                shortForms.put(key(formal), shorts);
            }
        }
    }

    /**
     * Another spelling of the name, or of one word of it: half the time another member of its transliteration group
     * where it has one, else a spelling rule of its community. The name itself when nothing applies.
     */
    String respell(String name, UkCommunity community, SplittableRandom random) {
        String[] words = name.split(" ");
        int which = random.nextInt(words.length);
        words[which] = respellWord(words[which], community, random);
        return String.join(" ", words);
    }

    private String respellWord(String word, UkCommunity community, SplittableRandom random) {
        List<String> others = spellings.get(key(word));
        if (others != null && random.nextBoolean()) {
            return others.get(random.nextInt(others.size()));
        }
        List<Rule> rules = community.transliterated() ? TRANSLITERATED
                : community.centralEuropeanSpelling() ? CENTRAL_EUROPEAN : ENGLISH;
        String lower = word.toLowerCase(Locale.ROOT);
        for (int tries = 0; tries < 4; tries++) {
            String respelled = applyOnce(rules.get(random.nextInt(rules.size())), lower, random);
            if (!respelled.equals(lower) && respelled.length() > 1) {
                return Character.toUpperCase(respelled.charAt(0)) + respelled.substring(1);
            }
        }
        return word;
    }

    /** The rule applied at one of the places it matches, chosen at random. */
    private static String applyOnce(Rule rule, String word, SplittableRandom random) {
        Matcher matcher = rule.pattern().matcher(word);
        List<Integer> starts = new ArrayList<>();
        while (matcher.find()) {
            starts.add(matcher.start());
        }
        if (starts.isEmpty()) {
            return word;
        }
        matcher.find(starts.get(random.nextInt(starts.size())));
        String replaced = matcher.groupCount() > 0 ? rule.replacement().replace("$1", matcher.group(1))
                : rule.replacement();
        return word.substring(0, matcher.start()) + replaced + word.substring(matcher.end());
    }

    /** A short form from the diminutives list (Michael: Mike, Mikey; Muhammad: Mo), or null when it has none. */
    String shortForm(String name, SplittableRandom random) {
        List<String> shorts = shortForms.get(key(name));
        return shorts == null ? null : shorts.get(random.nextInt(shorts.size()));
    }

    /**
     * A name of two parts written another way: "Abdul Rahman" as "Abdulrahman" or "Abdul-Rahman", "Al-Obaidi" as "Al
     * Obaidi" or "Alobaidi". A name of one part comes back unchanged.
     */
    static String rejoined(String name, SplittableRandom random) {
        String[] parts = name.split("[ -]", 2);
        if (parts.length < 2) {
            return name;
        }
        List<String> others = new ArrayList<>(List.of(parts[0] + parts[1].toLowerCase(Locale.ROOT),
                parts[0] + "-" + parts[1], parts[0] + " " + parts[1]));
        others.remove(name);
        return others.get(random.nextInt(others.size()));
    }

    /** The name in plain letters, as systems that cannot store accents write it: Łukasz as Lukasz, Zoë as Zoe. */
    static String withoutAccents(String name) {
        if (isAscii(name)) {
            return name;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('ł', 'l').replace('Ł', 'L');
    }

    private static boolean isAscii(String name) {
        for (int at = 0; at < name.length(); at++) {
            if (name.charAt(at) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The accented spelling some parents choose (Zoë, José), or the name itself. */
    static String accented(String name) {
        return WITH_ACCENTS.getOrDefault(key(name), name);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
