package uk.lantern.runtime.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import uk.lantern.runtime.CommandLineInvocation;
import uk.lantern.runtime.LanternCommand;
import uk.lantern.runtime.StandaloneCommands;

/** Runs the command named on the command line once the application context has started. */
@Component
@ConditionalOnProperty(name = CommandLineInvocation.COMMAND_LINE_PROPERTY, havingValue = "true")
class CommandLineDispatcher implements ApplicationRunner, ExitCodeGenerator {

    static final int USAGE_ERROR = 64;

    private final List<LanternCommand> commands;
    private int exitCode = USAGE_ERROR;

    CommandLineDispatcher(List<LanternCommand> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments applicationArguments) {
        List<String> arguments = Arrays.asList(applicationArguments.getSourceArgs());
        Optional<LanternCommand> command = commands.stream()
                .filter(candidate -> startsWith(arguments, candidate.words()))
                .max(Comparator.comparingInt(candidate -> candidate.words().size()));
        if (command.isEmpty()) {
            System.err.println("Unknown command: " + String.join(" ", CommandLineInvocation.parse(
                    applicationArguments.getSourceArgs()).commandWords()));
            System.err.println("Commands:");
            Stream.concat(commands.stream(), StandaloneCommands.all().stream())
                    .forEach(known -> System.err.println("  java -jar lantern.jar " + known.usage()));
            exitCode = USAGE_ERROR;
            return;
        }
        List<String> rest = arguments.subList(command.get().words().size(), arguments.size()).stream()
                .filter(argument -> !isSpringProperty(argument)).toList();
        exitCode = command.get().run(rest, System.out);
    }

    /**
     * Spring properties such as {@code --lantern.data-dir=DIR} configure the application the command runs in; they
     * are not the command's own options, which never contain a dot.
     */
    private static boolean isSpringProperty(String argument) {
        int equals = argument.indexOf('=');
        return argument.startsWith("--") && equals > 0 && argument.substring(2, equals).contains(".");
    }

    private static boolean startsWith(List<String> arguments, List<String> words) {
        return arguments.size() >= words.size() && arguments.subList(0, words.size()).equals(words);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
