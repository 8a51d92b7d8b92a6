package uk.lantern.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineInvocationTest {

    @Test
    void noArgumentsServes() {
        assertThat(CommandLineInvocation.parse(new String[0]).isServer()).isTrue();
    }

    @Test
    void onlyPropertiesServes() {
        assertThat(CommandLineInvocation.parse(new String[] {"--server.port=9090", "--lantern.demo=false"}).isServer())
                .isTrue();
    }

    @Test
    void leadingWordsNameTheCommand() {
        CommandLineInvocation invocation = CommandLineInvocation.parse(
                new String[] {"ledger", "verify", "--checkpoint", "cp.json"});
        assertThat(invocation.isServer()).isFalse();
        assertThat(invocation.commandWords()).containsExactly("ledger", "verify");
    }
}
