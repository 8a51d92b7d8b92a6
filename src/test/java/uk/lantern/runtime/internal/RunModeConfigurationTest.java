package uk.lantern.runtime.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import uk.lantern.runtime.RunMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunModeConfigurationTest {

    private final RunModeConfiguration configuration = new RunModeConfiguration();

    @Test
    void demoIsTheDefaultOnTheEmbeddedDatabase() {
        RunMode mode = configuration.runMode(new MockEnvironment());
        assertThat(mode.embeddedDatabase()).isTrue();
        assertThat(mode.demo()).isTrue();
        assertThat(mode.seedsDemoData()).isTrue();
    }

    @Test
    void demoCanBeSwitchedOff() {
        RunMode mode = configuration.runMode(new MockEnvironment().withProperty("lantern.demo", "false"));
        assertThat(mode.demo()).isFalse();
    }

    @Test
    void anExternalDatabaseIsNotDemoByDefault() {
        RunMode mode = configuration.runMode(external());
        assertThat(mode.embeddedDatabase()).isFalse();
        assertThat(mode.demo()).isFalse();
    }

    @Test
    void demoAgainstAnExternalDatabaseIsRefused() {
        assertThatThrownBy(() -> configuration.runMode(external().withProperty("lantern.demo", "true")))
                .hasMessageContaining("Refusing to start in demo mode")
                .hasMessageContaining("--lantern.demo.force=true");
    }

    @Test
    void demoAgainstAnExternalDatabaseCanBeForced() {
        RunMode mode = configuration.runMode(external().withProperty("lantern.demo", "true")
                .withProperty("lantern.demo.force", "true"));
        assertThat(mode.demo()).isTrue();
    }

    @Test
    void commandsNeverSeed() {
        RunMode mode = configuration.runMode(new MockEnvironment().withProperty("lantern.command-line", "true"));
        assertThat(mode.demo()).isTrue();
        assertThat(mode.seedsDemoData()).isFalse();
    }

    private static MockEnvironment external() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/lantern");
    }
}
