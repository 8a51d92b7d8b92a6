package uk.lantern.identity.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.area.Areas;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.NewAgency;
import uk.lantern.identity.NewUser;
import uk.lantern.identity.Role;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.runtime.LanternCommand;

/**
 * {@code admin create --username NAME --name "FULL NAME" [--agency "AGENCY"]}: creates an administrator, for the
 * first sign-in on a new production database. The password is read from the console, or from standard input when
 * there is no console (for scripted installs), never from the command line where it would land in shell history.
 */
@Component
class CreateAdministratorCommand implements LanternCommand {

    static final String DEFAULT_AGENCY = "Lantern service operator";

    private final IdentityAdministration administration;
    private final Directory directory;
    private final TransactionTemplate transaction;

    CreateAdministratorCommand(IdentityAdministration administration, Directory directory,
                               TransactionTemplate transaction) {
        this.administration = administration;
        this.directory = directory;
        this.transaction = transaction;
    }

    @Override
    public List<String> words() {
        return List.of("admin", "create");
    }

    @Override
    public String usage() {
        return "admin create --username NAME --name \"FULL NAME\" [--agency \"AGENCY\"]   create an administrator "
                + "(password read from the console or standard input)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        Map<String, String> options = options(arguments);
        if (!options.containsKey("username") || !options.containsKey("name")) {
            out.println("Usage: java -jar lantern.jar " + usage());
            return 64;
        }
        String password = readPassword(out);
        LedgerActor actor = LedgerActor.system("admin-create");
        try {
            var created = transaction.execute(status -> {
                AgencyView agency = directory.agencyNamed(options.getOrDefault("agency", DEFAULT_AGENCY))
                        .orElseGet(() -> administration.createAgency(actor, new NewAgency(
                                options.getOrDefault("agency", DEFAULT_AGENCY), AgencyType.SERVICE_OPERATOR.name(),
                                Areas.ENGLAND)));
                return administration.createUser(actor, new NewUser(options.get("username"), options.get("name"),
                        null, agency.id().toString(), List.of(Role.ADMINISTRATOR.name()), password));
            });
            out.println("Created administrator '" + created.username() + "' in " + created.agencyName()
                    + ". Sign in at /sign-in.");
            return 0;
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> out.println(error.field() + ": " + error.message()));
            return 1;
        }
    }

    private static String readPassword(PrintStream out) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the new administrator: ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException unreadable) {
            out.println("Could not read the password from standard input");
            return "";
        }
    }

    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                continue;
            }
            int equals = argument.indexOf('=');
            if (equals > 0) {
                options.put(argument.substring(2, equals), argument.substring(equals + 1));
            } else if (i + 1 < arguments.size()) {
                options.put(argument.substring(2), arguments.get(++i));
            }
        }
        return options;
    }
}
