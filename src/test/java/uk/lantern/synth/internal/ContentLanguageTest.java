package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Free text follows UK guidance on language about child exploitation, and every placeholder is filled. */
class ContentLanguageTest {

    /** Phrases the guidance rules out, because they blame children or hide abuse. */
    private static final List<String> VICTIM_BLAMING = List.of("prostitut", "consented", "consensual",
            "putting herself at risk", "putting himself at risk", "putting themselves at risk", "boyfriend",
            "promiscuous", "lifestyle choice", "sexually active", "risky behaviour", "chose to", "willingly");

    private static final List<String> TEXT_FIELDS = List.of("concern", "reasons", "findings", "declinedReason",
            "lastSeenLocation", "foundLocation", "foundWith", "text", "sanitisedText", "address", "name");

    @Test
    void theSentenceTemplatesUseNoVictimBlamingLanguage() {
        for (String line : ResourceLists.lines("sentences.txt")) {
            assertNoVictimBlaming(line);
        }
    }

    @Test
    void freeTextInABundleIsFilledInAndVictimCentred() {
        List<String> texts = new ArrayList<>();
        for (JsonNode record : Bundles.fiveThousandChildren().records()) {
            TEXT_FIELDS.stream().filter(record::has).forEach(field -> texts.add(record.get(field).asString()));
            if (record.has("mentions")) {
                record.get("mentions").forEach(mention -> texts.add(mention.get("detail").asString()));
            }
            if (record.has("subjects")) {
                record.get("subjects").valueStream().filter(subject -> subject.has("detail"))
                        .forEach(subject -> texts.add(subject.get("detail").asString()));
            }
            if (record.has("grading") && record.get("grading").has("conditions")) {
                texts.add(record.get("grading").get("conditions").asString());
            }
        }
        assertThat(texts).hasSizeGreaterThan(10_000);
        assertThat(Bundles.fiveThousandChildren().ofType("intel_report")).hasSizeGreaterThan(700);
        assertThat(texts).allSatisfy(text -> {
            assertThat(text).doesNotContain("{", "}").isNotBlank();
            assertNoVictimBlaming(text);
        });
    }

    @Test
    void pronounsAgreeWithTheirVerbs() {
        Sentences.Wording girl = wording("FEMALE");
        Sentences.Wording unknown = wording("NOT_KNOWN");
        String template = "{name} said {they} {was} with {them} and {they} {has} {their} phone.";
        assertThat(girl.fill(template)).isEqualTo("Amy said she was with her and she has her phone.");
        assertThat(unknown.fill(template)).isEqualTo("Amy said they were with them and they have their phone.");
    }

    private static Sentences.Wording wording(String sex) {
        return new Sentences.Wording("Amy", sex, 14, null, "Kestrel Grove", "Oldham", "Leeds", 3, null, null, null,
                null);
    }

    private static void assertNoVictimBlaming(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(VICTIM_BLAMING).as(text).noneMatch(lower::contains);
    }
}
