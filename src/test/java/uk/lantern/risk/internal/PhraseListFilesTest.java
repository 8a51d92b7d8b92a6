package uk.lantern.risk.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.risk.LanguageCheck;
import uk.lantern.risk.LanguageFinding;
import uk.lantern.risk.internal.PhraseListFiles.PhraseEntry;
import uk.lantern.risk.internal.PhraseListFiles.PhraseList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhraseListFilesTest {

    private final PhraseList list = PhraseListFiles.current();

    @Test
    void versionOneListsAtLeastTwentyPhrasesEachWithASuggestionAndAReason() {
        assertThat(list.version()).isEqualTo(1);
        assertThat(list.phrases()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(list.phrases()).allSatisfy(phrase -> {
            assertThat(phrase.suggestion()).isNotBlank();
            assertThat(phrase.reason()).isNotBlank();
        });
    }

    @Test
    void theCheckFindsEveryPhraseInItsOwnExample() {
        LanguageCheck check = LanguageCheck.current();
        for (PhraseEntry entry : PhraseListFiles.read(1).phrases()) {
            assertThat(check.check(entry.example())).as(entry.example())
                    .extracting(LanguageFinding::phrase).contains(entry.phrase());
        }
    }

    @Test
    void phrasesAreNamedOnce() {
        List<String> names = list.phrases().stream().map(FlaggedPhrase::phrase).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void aPhraseWithoutAPatternIsMatchedLiterallyAsWholeWords() {
        FlaggedPhrase literal = PhraseListFiles.compile(new PhraseEntry("sex (work)", null, null, "s", "r"), "test");

        assertThat(literal.pattern().matcher("called it SEX   (WORK) again").find()).isTrue();
        assertThat(literal.pattern().matcher("called it sex work").find()).isFalse();
    }

    @Test
    void aPatternThatMatchesEmptyTextIsRefused() {
        assertThatThrownBy(() -> PhraseListFiles.compile(new PhraseEntry("anything", "(?:x)?", null, "s", "r"), "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("matches empty text");
    }

    @Test
    void anInvalidPatternIsRefusedNamingThePhrase() {
        assertThatThrownBy(() -> PhraseListFiles.compile(new PhraseEntry("broken", "(unclosed", null, "s", "r"), "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'broken'");
    }

    @Test
    void aPhraseNeedsASuggestionAndAReason() {
        assertThatThrownBy(() -> PhraseListFiles.compile(new PhraseEntry("bare", null, null, " ", "r"), "test"))
                .isInstanceOf(IllegalStateException.class);
    }
}
