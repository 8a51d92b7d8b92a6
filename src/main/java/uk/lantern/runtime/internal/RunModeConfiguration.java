package uk.lantern.runtime.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import uk.lantern.runtime.CommandLineInvocation;
import uk.lantern.runtime.RunMode;

@Configuration(proxyBeanMethods = false)
class RunModeConfiguration {

    @Bean
    RunMode runMode(Environment environment) {
        boolean embedded = !EmbeddedDatabaseCondition.externalDatabaseConfigured(environment);
        // lantern.demo is read as a plain property rather than bound, because lantern.demo.force sits beneath it.
        boolean demo = environment.getProperty("lantern.demo", Boolean.class, embedded);
        boolean forced = environment.getProperty("lantern.demo.force", Boolean.class, false);
        if (demo && !embedded && !forced) {
            throw new DemoModeRefusedException();
        }
        boolean commandLine = environment.getProperty(CommandLineInvocation.COMMAND_LINE_PROPERTY, Boolean.class, false);
        return new RunMode(embedded, demo, commandLine);
    }

    /** Demo users have a published password, so they must never be created in a real database by accident. */
    static final class DemoModeRefusedException extends IllegalStateException {
        DemoModeRefusedException() {
            super("Refusing to start in demo mode against an external database: demo users have a published "
                    + "password. Remove --lantern.demo=true, or pass --lantern.demo.force=true if this database is "
                    + "disposable.");
        }
    }
}
