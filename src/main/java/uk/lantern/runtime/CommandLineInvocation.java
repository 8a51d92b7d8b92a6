package uk.lantern.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Splits the process arguments into command words (for example {@code ledger verify}) and everything else.
 * Arguments that begin with {@code --} are Spring properties or command options; the first such argument ends the
 * command words.
 */
public final class CommandLineInvocation {

    /** The exit code when Lantern itself could not start (sysexits EX_SOFTWARE), distinct from a command's own. */
    public static final int COULD_NOT_START = 70;

    /** The property that tells the application context it was started to run a command, not to serve. */
    public static final String COMMAND_LINE_PROPERTY = "lantern.command-line";

    private final String[] arguments;
    private final List<String> commandWords;

    private CommandLineInvocation(String[] arguments, List<String> commandWords) {
        this.arguments = arguments;
        this.commandWords = commandWords;
    }

    public static CommandLineInvocation parse(String[] arguments) {
        List<String> words = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("-")) {
                break;
            }
            words.add(argument);
        }
        return new CommandLineInvocation(arguments.clone(), List.copyOf(words));
    }

    public boolean isServer() {
        return commandWords.isEmpty();
    }

    public List<String> commandWords() {
        return commandWords;
    }

    /**
     * Runs the command named by the arguments and returns its exit code. A {@link StandaloneCommand} runs at once,
     * without Spring; any other command runs in the application started without a web server.
     */
    public int run(Class<?> applicationClass) {
        Optional<StandaloneCommand> standalone = StandaloneCommands.matching(Arrays.asList(arguments));
        if (standalone.isPresent()) {
            List<String> words = standalone.get().words();
            return standalone.get().run(Arrays.asList(arguments).subList(words.size(), arguments.length), System.out);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(applicationClass)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(COMMAND_LINE_PROPERTY + "=true",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        // The cause is printed below in one line; the stack trace would bury it.
                        "logging.level.org.springframework.boot.SpringApplication=OFF");
        try (ConfigurableApplicationContext context = builder.run(arguments)) {
            return SpringApplication.exit(context);
        } catch (RuntimeException startupFailure) {
            System.err.println("Lantern could not start: " + rootMessage(startupFailure));
            return COULD_NOT_START;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Override
    public String toString() {
        return "CommandLineInvocation" + Arrays.toString(arguments);
    }
}
