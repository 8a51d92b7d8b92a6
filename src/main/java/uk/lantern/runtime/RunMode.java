package uk.lantern.runtime;

/**
 * How this process is running.
 *
 * @param embeddedDatabase true when Lantern started its own PostgreSQL because no external database was configured
 * @param demo true when demo agencies, users and synthetic data are created and the demo banner is shown
 * @param commandLine true when the process runs a command rather than serving the web application
 */
public record RunMode(boolean embeddedDatabase, boolean demo, boolean commandLine) {

    /** Demo data is created only when serving in demo mode; commands never seed. */
    public boolean seedsDemoData() {
        return demo && !commandLine;
    }
}
