package uk.lantern.deadline.internal;

import org.springframework.context.ApplicationContext;

/** Lets integration tests in any package run an escalation sweep now rather than wait for the schedule. */
public final class Sweeps {

    private Sweeps() {
    }

    public static int sweep(ApplicationContext context) {
        return context.getBean(EscalationSweep.class).sweep();
    }
}
