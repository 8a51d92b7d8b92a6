package uk.lantern.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTest {

    @Test
    void aNulCharacterOrALoneSurrogateCannotBeStored() {
        assertThat(StorableText.problem("Chl\u0000oe")).contains("NUL");
        assertThat(StorableText.problem("Chloe\ud800")).contains("surrogate").contains("d800");
        assertThat(StorableText.problem("\udc00Chloe")).contains("dc00");
        assertThat(StorableText.problem("\ud800\ud800\udc00")).contains("d800");
    }

    @Test
    void anyRealTextCanBeStored() {
        assertThat(StorableText.problem("Zoë 😀 نور")).isNull();
        assertThat(StorableText.problem("")).isNull();
        assertThat(StorableText.problem(null)).isNull();
    }
}
