package uk.lantern.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import uk.lantern.risk.Indicator;
import uk.lantern.risk.IndicatorKind;
import uk.lantern.risk.IndicatorSet;

/**
 * Reads the published indicator sets from {@code risk/cse-indicators-vN.json}. Each version stays on the classpath
 * once published, so that a stored result can be re-explained by its own version; a new version is a new file and
 * a change of {@link #CURRENT_VERSION}. A file is checked as it is read, so a mistake in it stops the application
 * starting rather than producing wrong levels.
 */
public final class IndicatorSetFiles {

    /** The version new screenings use. */
    public static final int CURRENT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*[A-Z]");

    record FileContent(int version, String title, List<String> sources, List<IndicatorEntry> indicators,
                       RulesEntry levelRules) {
    }

    record IndicatorEntry(String code, String kind, String label, String guidance) {
    }

    record RulesEntry(int mediumFromRiskIndicators, int highFromRiskIndicators,
                      List<CombinationEntry> highRiskCombinations) {
    }

    record CombinationEntry(String name, List<String> codes, String why) {
    }

    private IndicatorSetFiles() {
    }

    public static PublishedIndicatorSet current() {
        return load(CURRENT_VERSION);
    }

    public static PublishedIndicatorSet load(int version) {
        String path = "/risk/cse-indicators-v" + version + ".json";
        try (InputStream in = IndicatorSetFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("There is no CSE indicator set version " + version);
            }
            return toPublished(version, JSON.readValue(in, FileContent.class), path);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static PublishedIndicatorSet toPublished(int version, FileContent file, String path) {
        check(file.version() == version, path, "says it is version " + file.version());
        check(file.indicators() != null && !file.indicators().isEmpty(), path, "has no indicators");
        Set<String> codes = new HashSet<>();
        List<Indicator> indicators = file.indicators().stream().map(entry -> {
            check(entry.code() != null && CODE.matcher(entry.code()).matches(), path,
                    "has a code that is not in capitals and underscores: " + entry.code());
            check(codes.add(entry.code()), path, "lists " + entry.code() + " twice");
            check(notBlank(entry.label()) && notBlank(entry.guidance()), path,
                    entry.code() + " needs a label and guidance");
            check("HARM".equals(entry.kind()) || "RISK".equals(entry.kind()), path,
                    entry.code() + " has kind " + entry.kind() + " rather than HARM or RISK");
            return new Indicator(entry.code(), entry.label(), IndicatorKind.valueOf(entry.kind()), entry.guidance());
        }).toList();
        IndicatorSet set = new IndicatorSet(version, indicators);
        check(file.levelRules() != null, path, "has no level rules");
        List<HighRiskCombination> combinations = file.levelRules().highRiskCombinations().stream().map(entry -> {
            check(entry.codes().size() >= 2, path, "combination " + entry.name() + " needs at least two codes");
            for (String code : entry.codes()) {
                check(set.find(code).map(found -> found.kind() == IndicatorKind.RISK).orElse(false), path,
                        "combination " + entry.name() + " uses " + code + ", which is not a sign of risk in the set");
            }
            check(notBlank(entry.name()) && notBlank(entry.why()), path, "a combination needs a name and a reason");
            return new HighRiskCombination(entry.name(), entry.codes(), entry.why());
        }).toList();
        LevelRules rules = new LevelRules(file.levelRules().mediumFromRiskIndicators(),
                file.levelRules().highFromRiskIndicators(), combinations);
        return new PublishedIndicatorSet(set, rules);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void check(boolean condition, String path, String problem) {
        if (!condition) {
            throw new IllegalStateException("The indicator set " + path + " " + problem);
        }
    }
}
