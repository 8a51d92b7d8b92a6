package uk.lantern.resolution.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingVariantsTest {

    private final SpellingVariants spellings = new SpellingVariants();
    private final SplittableRandom random = new SplittableRandom(11);

    @Test
    void transliteratedNamesAreRespelledAsEnglishClerksHearThem() {
        assertThat(respellings("Mushtaq", UkCommunity.PAKISTANI)).contains("Mushtak");
        assertThat(respellings("Usman", UkCommunity.PAKISTANI)).contains("Uthman", "Osman");
        assertThat(respellings("Sultan", UkCommunity.PAKISTANI)).contains("Sultaan");
        assertThat(respellings("Raheem", UkCommunity.BANGLADESHI)).contains("Rahim");
        assertThat(respellings("Hamzah", UkCommunity.PAKISTANI)).contains("Hamza");
        assertThat(respellings("Mohammed", UkCommunity.PAKISTANI)).contains("Muhammad", "Mohamed");
    }

    @Test
    void centralEuropeanAndEnglishNamesChangeTheirOwnWay() {
        assertThat(respellings("Kowalczyk", UkCommunity.EASTERN_EUROPEAN)).contains("Kovalczyk", "Kowalchyk");
        assertThat(respellings("Freddie", UkCommunity.ENGLISH)).contains("Freddy");
        assertThat(respellings("Phillips", UkCommunity.ENGLISH)).contains("Philips");
    }

    @Test
    void aRespellingChangesOneWordOfACompoundName() {
        assertThat(respellings("Muhammad Sajid", UkCommunity.PAKISTANI))
                .allMatch(name -> name.startsWith("Muhammad ") || name.endsWith(" Sajid"));
    }

    @Test
    void shortFormsComeFromTheDiminutivesList() {
        assertThat(spellings.shortForm("Michael", random)).isIn("Mike", "Mikey");
        assertThat(spellings.shortForm("Mohammed", random)).isEqualTo("Mo");
        assertThat(spellings.shortForm("Sajid", random)).isNull();
    }

    @Test
    void namesOfTwoPartsAreJoinedHyphenatedOrSpacedAnotherWay() {
        Set<String> written = new HashSet<>();
        for (int draw = 0; draw < 50; draw++) {
            written.add(SpellingVariants.rejoined("Abdul Rahman", random));
        }
        assertThat(written).containsExactlyInAnyOrder("Abdulrahman", "Abdul-Rahman");
        assertThat(SpellingVariants.rejoined("Sajid", random)).isEqualTo("Sajid");
    }

    @Test
    void accentsAreDroppedOrAdded() {
        assertThat(SpellingVariants.withoutAccents("Łukasz Wiśniewski")).isEqualTo("Lukasz Wisniewski");
        assertThat(SpellingVariants.withoutAccents("Horváthová")).isEqualTo("Horvathova");
        assertThat(SpellingVariants.accented("Zoe")).isEqualTo("Zoë");
    }

    private Set<String> respellings(String name, UkCommunity community) {
        Set<String> written = new HashSet<>();
        for (int draw = 0; draw < 400; draw++) {
            written.add(spellings.respell(name, community, random));
        }
        return written;
    }
}
