package uk.lantern.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.identity.Role;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class CreateAdministratorCommandIT extends IntegrationTestBase {

    @Autowired
    CreateAdministratorCommand command;

    private int run(String password, List<String> arguments, ByteArrayOutputStream output) {
        InputStream standardInput = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            return command.run(arguments, new PrintStream(output, true, StandardCharsets.UTF_8));
        } finally {
            System.setIn(standardInput);
        }
    }

    @Test
    void createsAnAdministratorWhoCanSignIn() throws Exception {
        String username = unique("first.admin.");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = run("amber lantern harbour", List.of("--username", username, "--name", "First Admin"), output);
        assertThat(exit).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Created administrator '" + username + "'");
        var admin = directory.userNamed(username).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.agencyName()).isEqualTo(CreateAdministratorCommand.DEFAULT_AGENCY);
        assertThat(lastEntry("USER", admin.id().toString(), "USER_CREATED").actor()).isEqualTo("system:admin-create");
        signIn(username, "amber lantern harbour");
    }

    @Test
    void aWeakPasswordIsRefusedAndNothingIsCreated() {
        String username = unique("weak.admin.");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = run("password123", List.of("--username", username, "--name", "Weak Admin"), output);
        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("password:");
        assertThat(directory.userNamed(username)).isEmpty();
    }

    @Test
    void missingOptionsPrintUsage() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertThat(run("irrelevant", List.of("--username", "x"), output)).isEqualTo(64);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }
}
