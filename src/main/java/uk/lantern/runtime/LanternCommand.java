package uk.lantern.runtime;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run as {@code java -jar lantern.jar WORDS... [options]}. Modules contribute commands as Spring beans;
 * the command runs inside the fully started application context (without the web server), so it uses the same
 * configuration, database and ledger as the server.
 */
public interface LanternCommand {

    /** The command words, for example {@code List.of("ledger", "verify")}. */
    List<String> words();

    /** One line of usage shown when the command is misused or unknown. */
    String usage();

    /**
     * Runs the command.
     *
     * @param arguments the arguments after the command words
     * @param out where to print results for the operator
     * @return the process exit code: 0 for success
     */
    int run(List<String> arguments, PrintStream out);
}
