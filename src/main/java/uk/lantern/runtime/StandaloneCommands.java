package uk.lantern.runtime;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the {@link StandaloneCommand}s that modules declare as services. */
public final class StandaloneCommands {

    private StandaloneCommands() {
    }

    public static List<StandaloneCommand> all() {
        return ServiceLoader.load(StandaloneCommand.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The command whose words begin the arguments, the one with the most words if several do. */
    public static Optional<StandaloneCommand> matching(List<String> arguments) {
        return all().stream()
                .filter(command -> arguments.size() >= command.words().size()
                        && arguments.subList(0, command.words().size()).equals(command.words()))
                .max(Comparator.comparingInt(command -> command.words().size()));
    }
}
