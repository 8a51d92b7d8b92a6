package uk.lantern.runtime;

/**
 * A command that needs neither the database nor the application context, such as {@code resolution evaluate}: it
 * runs straight from {@code main}, without starting Spring or PostgreSQL, so it is quick to start and works on a
 * machine with no database. Modules list theirs in {@code META-INF/services/uk.lantern.runtime.StandaloneCommand}
 * (read with {@link java.util.ServiceLoader}), so this module never depends on them. Implementations need a public
 * no-argument constructor. They still appear, with the other commands, in the usage shown for an unknown command.
 */
public interface StandaloneCommand extends LanternCommand {
}
