package uk.lantern.runtime.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurableCommitsCheckTest {

    @Test
    void theDefaultsOfPostgresqlAreDurable() {
        assertThat(DurableCommitsCheck.weaknesses("on", "on")).isEmpty();
        assertThat(DurableCommitsCheck.weaknesses("on", "local")).isEmpty();
        assertThat(DurableCommitsCheck.weaknesses("on", "remote_apply")).isEmpty();
    }

    @Test
    void theSettingsTheEmbeddedLibraryChoseAreNamed() {
        assertThat(DurableCommitsCheck.weaknesses("off", "off")).containsExactly("fsync=off", "synchronous_commit=off");
        assertThat(DurableCommitsCheck.weaknesses("on", "off")).containsExactly("synchronous_commit=off");
    }
}
