package uk.lantern.synth.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameBookTest {

    private final NameBook names = NameBook.standard();

    @Test
    void knowsTransliterationsOfCommonNames() {
        assertThat(names.otherSpellings("Mohammed")).contains("Muhammad", "Mohamed", "Mohammad");
        assertThat(names.otherSpellings("Ahmed")).contains("Ahmad");
        assertThat(names.otherSpellings("Aisha")).contains("Ayesha");
        assertThat(names.otherSpellings("Zainab")).contains("Zaynab");
        assertThat(names.sameNameSpelledDifferently("Hussain", "Hussein")).isTrue();
        assertThat(names.sameNameSpelledDifferently("Hussain", "Hussain")).isFalse();
    }

    @Test
    void groupsThatShareASpellingAreOneGroup() {
        assertThat(names.otherSpellings("Yusuf")).contains("Yousef", "Youssef", "Yousuf", "Yousaf");
        assertThat(names.otherSpellings("Youssef")).contains("Yusuf");
    }

    @Test
    void knowsEnglishShortForms() {
        assertThat(names.shortForms("Elizabeth")).contains("Beth", "Liz");
        assertThat(names.shortForms("Katherine")).contains("Kate", "Katie");
        assertThat(names.shortForms("Jessica")).contains("Jess");
        assertThat(names.shortForms("Rebecca")).contains("Becky");
        assertThat(names.shortForms("Samantha")).contains("Sam");
        assertThat(names.shortForms("Daniel")).contains("Dan", "Danny");
        assertThat(names.shortForms("Thomas")).contains("Tom");
        assertThat(names.isShortFormOf("Beth", "Elizabeth")).isTrue();
        assertThat(names.isShortFormOf("Elizabeth", "Beth")).isFalse();
    }

    @Test
    void everyCommunityHasAFewDozenNamesOfEachKind() {
        for (Community community : Community.values()) {
            assertThat(names.firstNames(community, Sex.FEMALE)).hasSizeGreaterThanOrEqualTo(25);
            assertThat(names.firstNames(community, Sex.MALE)).hasSizeGreaterThanOrEqualTo(25);
            assertThat(names.surnames(community)).hasSizeGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void polishSurnamesAgreeWithSexAndAccentsCanBeDropped() {
        assertThat(PersonNames.feminine("Kowalski")).isEqualTo("Kowalska");
        assertThat(PersonNames.forSex("Kowalska", Sex.MALE)).isEqualTo("Kowalski");
        assertThat(PersonNames.feminine("Smith")).isEqualTo("Smith");
        assertThat(PersonNames.withoutDiacritics("Łukasz Wiśniewski")).isEqualTo("Lukasz Wisniewski");
        assertThat(PersonNames.emailLocalPart("Salma", "Al-Saadi")).isEqualTo("salma.al-saadi");
        assertThat(PersonNames.emailLocalPart("Niamh", "O'Brien")).isEqualTo("niamh.obrien");
    }

    @Test
    void typosAreOneEditAndLeaveTheFirstLetter() {
        Dice dice = new Dice(3);
        for (int i = 0; i < 500; i++) {
            String typed = Typos.apply("Hargreaves", dice);
            assertThat(typed).startsWith("H");
            assertThat(RecordVariationTest.oneEditApart("Hargreaves", typed)).as(typed).isTrue();
        }
    }
}
