package uk.lantern.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import uk.lantern.risk.internal.FlaggedPhrase;
import uk.lantern.risk.internal.PhraseListFiles;
import uk.lantern.risk.internal.PhraseListFiles.PhraseList;

/**
 * Flags phrases in free text that may blame a child for their own exploitation, and suggests alternatives, following
 * published UK guidance on appropriate language. It never blocks anything: some phrases are right in some contexts
 * (a "boyfriend" who is a peer), so the author reads the suggestion and decides.
 */
public final class LanguageCheck {

    private static final Comparator<LanguageFinding> BY_START_THEN_LONGEST = Comparator
            .comparingInt(LanguageFinding::start)
            .thenComparing(Comparator.comparingInt(LanguageFinding::end).reversed());

    private final PhraseList phraseList;

    private LanguageCheck(PhraseList phraseList) {
        this.phraseList = phraseList;
    }

    /** The check on the current phrase list. */
    public static LanguageCheck current() {
        return new LanguageCheck(PhraseListFiles.current());
    }

    public int phraseListVersion() {
        return phraseList.version();
    }

    /**
     * Finds the flagged phrases in a text, in the order they appear. Where listed phrases overlap (an "older
     * boyfriend" is also a "boyfriend") only the longest is reported, once.
     *
     * @param text any text, or null
     * @return the findings, empty when there are none or the text is null
     */
    public List<LanguageFinding> check(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<LanguageFinding> candidates = new ArrayList<>();
        Matcher anyPhrase = phraseList.anyPhrase().matcher(text);
        for (int from = 0; from < text.length() && anyPhrase.find(from); from = anyPhrase.start() + 1) {
            int start = anyPhrase.start();
            for (FlaggedPhrase flagged : phraseList.phrases()) {
                // Transparent bounds let the word-boundary test look at the character before the start.
                Matcher matcher = flagged.pattern().matcher(text).region(start, text.length())
                        .useTransparentBounds(true);
                if (matcher.lookingAt()) {
                    candidates.add(new LanguageFinding(matcher.group(), matcher.start(), matcher.end(),
                            flagged.phrase(), flagged.suggestion(), flagged.reason()));
                }
            }
        }
        candidates.sort(BY_START_THEN_LONGEST);
        List<LanguageFinding> findings = new ArrayList<>();
        int coveredUpTo = 0;
        for (LanguageFinding candidate : candidates) {
            if (candidate.start() >= coveredUpTo) {
                findings.add(candidate);
                coveredUpTo = candidate.end();
            }
        }
        return List.copyOf(findings);
    }
}
