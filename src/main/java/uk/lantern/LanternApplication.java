package uk.lantern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import uk.lantern.runtime.CommandLineInvocation;

/**
 * Lantern: one Spring Boot application, organised as a modular monolith. Each top-level package below this one is a
 * module with a small public API; {@code ModuleBoundariesTest} keeps them honest.
 *
 * <p>With no arguments (or only {@code --property=value} options) it serves the web application. With a command
 * such as {@code ledger verify} it runs that command against the configured database and exits with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LanternApplication {

    public static void main(String[] args) {
        CommandLineInvocation invocation = CommandLineInvocation.parse(args);
        if (invocation.isServer()) {
            SpringApplication.run(LanternApplication.class, args);
        } else {
            System.exit(invocation.run(LanternApplication.class));
        }
    }
}
