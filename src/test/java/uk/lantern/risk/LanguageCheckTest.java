package uk.lantern.risk;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCheckTest {

    private final LanguageCheck check = LanguageCheck.current();

    @Test
    void findsPuttingHerselfAtRiskWithItsOffsetsSuggestionAndReason() {
        String note = "Amira (14) has been going missing overnight and is putting herself at risk.";

        List<LanguageFinding> findings = check.check(note);

        assertThat(findings).hasSize(1);
        LanguageFinding finding = findings.get(0);
        assertThat(finding.matchedText()).isEqualTo("putting herself at risk");
        assertThat(note.substring(finding.start(), finding.end())).isEqualTo("putting herself at risk");
        assertThat(finding.start()).isEqualTo(note.indexOf("putting"));
        assertThat(finding.phrase()).isEqualTo("putting herself / himself / themselves at risk");
        assertThat(finding.suggestion()).contains("who or what presents the risk");
        assertThat(finding.reason()).contains("responsible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"putting herself at risk", "putting himself at risk", "putting themselves at risk",
            "Putting Themselves At Risk", "placing himself in danger", "puts herself at risk"})
    void findsTheVariantsOfPuttingThemselvesAtRisk(String phrase) {
        assertThat(check.check("Staff said he is " + phrase + " by staying out."))
                .extracting(LanguageFinding::matchedText).containsExactly(phrase);
    }

    @Test
    void findsAPhraseSplitAcrossALineBreak() {
        assertThat(check.check("She keeps putting herself\nat risk."))
                .extracting(LanguageFinding::matchedText).containsExactly("putting herself\nat risk");
    }

    @Test
    void findsSeveralPhrasesInARealisticNoteInTheOrderTheyAppear() {
        String note = "Jodie is 15 and is promiscuous. She says the sex was consensual and that her older "
                + "boyfriend buys her vapes. Staff describe her as streetwise and call it a lifestyle choice.";

        assertThat(check.check(note)).extracting(LanguageFinding::matchedText).containsExactly(
                "promiscuous", "consensual", "older boyfriend", "streetwise", "lifestyle choice");
    }

    @Test
    void reportsOnlyTheLongestOfOverlappingPhrases() {
        assertThat(check.check("Police logged her as a child prostitute in 2009."))
                .extracting(LanguageFinding::phrase).containsExactly("child prostitute");
        assertThat(check.check("She had an older boyfriend."))
                .extracting(LanguageFinding::phrase).containsExactly("older boyfriend");
    }

    @Test
    void flagsBoyfriendAndLeavesTheDecisionToTheAuthor() {
        List<LanguageFinding> findings = check.check("Her boyfriend, who is 24, picks her up from school.");

        assertThat(findings).extracting(LanguageFinding::matchedText).containsExactly("boyfriend");
        assertThat(findings.get(0).suggestion()).contains("If it is a relationship between peers, keep the word");
    }

    @Test
    void findsTheOtherListedPhrases() {
        assertThat(matched("The log describes child prostitution in the town.")).containsExactly("child prostitution");
        assertThat(matched("Records say he was prostituting himself.")).containsExactly("prostituting himself");
        assertThat(matched("She consented to going to the flat.")).containsExactly("consented");
        assertThat(matched("Risk-taking behaviour was noted.")).containsExactly("Risk-taking behaviour");
        assertThat(matched("She is sexually active with several adults.")).containsExactly("sexually active");
        assertThat(matched("He was described as her sugar daddy.")).containsExactly("sugar daddy");
        assertThat(matched("An old report calls him a rent boy.")).containsExactly("rent boy");
        assertThat(matched("She was in a relationship with a 30-year-old man."))
                .containsExactly("She was in a relationship with");
        assertThat(matched("She was engaging in sexual activity with adults.")).containsExactly(
                "engaging in sexual activity");
        assertThat(matched("Reports of exchanging sex for a place to stay.")).containsExactly("exchanging sex");
        assertThat(matched("She seemed willing to go with them.")).containsExactly("seemed willing to go");
        assertThat(matched("She went willingly.")).containsExactly("willingly");
        assertThat(matched("She is the perpetrator's girlfriend.")).containsExactly("perpetrator's girlfriend");
        assertThat(matched("She is the perpetrator’s girlfriend.")).containsExactly("perpetrator’s girlfriend");
        assertThat(matched("He is involved in CSE.")).containsExactly("involved in CSE");
        assertThat(matched("She is selling sex.")).containsExactly("selling sex");
        assertThat(matched("He is a drug runner.")).containsExactly("drug runner");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He was referred to urology with a prostate problem.",
            "The strategy meeting reached consensus on the plan.",
            "His mother consented to the referral and to information sharing.",
            "The young person consented to the medical examination.",
            "The assault was non-consensual.",
            "She is willing to talk to her social worker.",
            "She is engaging in education and sexual health appointments.",
            "The constituency councillor attended.",
            "Unwilling to attend, she stayed at home.",
            "Sussex Police shared the missing report.",
            "She wants to become a street artist and a wise owl."})
    void ordinaryWordsAndLegitimateUsesAreNotFlagged(String sentence) {
        assertThat(check.check(sentence)).isEmpty();
    }

    @Test
    void neverMatchesInsideALongerWord() {
        assertThat(check.check("Prostitutes? No: prostitutions, streetwiseness, consensually, boyfriendly."))
                .extracting(LanguageFinding::matchedText).containsExactly("Prostitutes", "consensually");
    }

    @Test
    void emptyOrMissingTextHasNoFindings() {
        assertThat(check.check(null)).isEmpty();
        assertThat(check.check("")).isEmpty();
    }

    @Test
    void offsetsCountUtf16UnitsSoTheyLineUpWithJavaScriptStrings() {
        String note = "😟 She is streetwise.";

        LanguageFinding finding = check.check(note).get(0);

        assertThat(finding.start()).isEqualTo(note.indexOf("streetwise"));
        assertThat(finding.end()).isEqualTo(finding.start() + "streetwise".length());
    }

    @Test
    void usesVersionOneOfThePhraseList() {
        assertThat(check.phraseListVersion()).isEqualTo(1);
    }

    private List<String> matched(String text) {
        return check.check(text).stream().map(LanguageFinding::matchedText).toList();
    }
}
