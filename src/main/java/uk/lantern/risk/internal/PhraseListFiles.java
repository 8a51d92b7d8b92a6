package uk.lantern.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the victim-blaming phrase list from {@code risk/victim-blaming-phrases-vN.json} and compiles its patterns.
 * A pattern that does not compile, or that could match an empty string, stops the application starting rather than
 * flagging nothing or everything.
 */
public final class PhraseListFiles {

    /** The version the language check uses. */
    public static final int CURRENT_VERSION = 1;

    // Letters, digits and underscores count as word characters in any script, so "prostitute" never matches inside
    // a longer word and accented names do not break a match.
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}_])";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record FileContent(int version, String title, List<String> sources, String patternSyntax,
                       List<PhraseEntry> phrases) {
    }

    /** One entry of the file; its example is a sentence the pattern must find, checked by a test. */
    record PhraseEntry(String phrase, String pattern, String example, String suggestion, String reason) {
    }

    /**
     * One version of the phrase list.
     *
     * @param anyPhrase matches wherever any of the phrases starts. Searching once for it, then trying each phrase
     *     only where it matched, costs one scan of the text rather than one per phrase: the word-boundary test at
     *     every position is what made the scans dear.
     */
    public record PhraseList(int version, List<FlaggedPhrase> phrases, Pattern anyPhrase) {
        public PhraseList {
            phrases = List.copyOf(phrases);
        }
    }

    private PhraseListFiles() {
    }

    public static PhraseList current() {
        return load(CURRENT_VERSION);
    }

    public static PhraseList load(int version) {
        String path = path(version);
        FileContent file = read(version);
        if (file.version() != version || file.phrases() == null || file.phrases().isEmpty()) {
            throw new IllegalStateException("The phrase list " + path + " is not version " + version
                    + " or has no phrases");
        }
        List<FlaggedPhrase> phrases = file.phrases().stream().map(entry -> compile(entry, path)).toList();
        String anyPhrase = file.phrases().stream().map(PhraseListFiles::source).collect(Collectors.joining("|"));
        return new PhraseList(version, phrases, Pattern.compile(wholeWords(anyPhrase),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    static FileContent read(int version) {
        String path = path(version);
        try (InputStream in = PhraseListFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("There is no victim-blaming phrase list version " + version);
            }
            return JSON.readValue(in, FileContent.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String path(int version) {
        return "/risk/victim-blaming-phrases-v" + version + ".json";
    }

    static FlaggedPhrase compile(PhraseEntry entry, String path) {
        if (blank(entry.phrase()) || blank(entry.suggestion()) || blank(entry.reason())) {
            throw new IllegalStateException("Every phrase in " + path + " needs a phrase, a suggestion and a reason");
        }
        String regex = wholeWords(source(entry));
        try {
            Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (pattern.matcher("").find()) {
                throw new IllegalStateException("The pattern for '" + entry.phrase() + "' in " + path
                        + " matches empty text");
            }
            return new FlaggedPhrase(entry.phrase(), pattern, entry.suggestion(), entry.reason());
        } catch (PatternSyntaxException invalid) {
            throw new IllegalStateException("The pattern for '" + entry.phrase() + "' in " + path
                    + " is not a valid regular expression: " + invalid.getDescription(), invalid);
        }
    }

    /** A space stands for any run of whitespace, so a phrase split across a line break is still found. */
    private static String source(PhraseEntry entry) {
        String source = entry.pattern() != null ? entry.pattern() : literal(entry.phrase());
        return "(?:" + source.replace(" ", "\\s+") + ")";
    }

    private static String wholeWords(String source) {
        return NOT_AFTER_WORD + "(?:" + source + ")" + NOT_BEFORE_WORD;
    }

    private static String literal(String phrase) {
        return Arrays.stream(phrase.trim().split("\\s+")).map(Pattern::quote).collect(Collectors.joining(" "));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
