package uk.lantern.runtime;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for how Lantern runs.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data and demo mode keeps its generated signing key
 * @param embeddedDatabasePort the embedded PostgreSQL port; 0 picks a free port at each start
 * @param appRole the database role the application runs as; it may read and append but never update the ledger
 */
@ConfigurationProperties("lantern")
public record RuntimeProperties(
        @DefaultValue("./lantern-data") Path dataDir,
        @DefaultValue("0") int embeddedDatabasePort,
        @DefaultValue("lantern_app") String appRole) {
}
