package uk.lantern.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import uk.lantern.runtime.RuntimeProperties;

/**
 * Starts PostgreSQL from the zonky binaries when no external database is configured, so that Lantern runs on a
 * machine with nothing but a JDK. The data directory persists across restarts.
 *
 * <p>Two roles mirror production: {@code lantern_owner} owns the schema and runs the migrations, and the
 * application role only gets the privileges the migrations grant it (it can never update or delete ledger rows).
 *
 * <p>zonky is made for throwaway test databases and starts PostgreSQL with {@code -F} (no fsync) and
 * {@code synchronous_commit=off}: a crash then loses commits already acknowledged, and the sequences that number
 * referrals and cases fall back behind references already handed out. Lantern turns both back on, so that whatever
 * it acknowledges is on disk first. A postmaster that a killed Lantern left running is stopped before a new one
 * starts ({@link LeftoverPostmaster}); docs/operations.md, "Durability and crashes", states the guarantees.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "lantern";
    static final String OWNER_ROLE = "lantern_owner";

    private static final Duration LEFTOVER_SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(RuntimeProperties properties) throws IOException, SQLException {
        Path directory = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(directory.getParent());
        if (Files.isDirectory(directory)) {
            LeftoverPostmaster.stopIfLeftOver(directory, LEFTOVER_SHUTDOWN_PATIENCE);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.embeddedDatabasePort())
                    // -c options follow zonky's -F on the postmaster's command line, so these win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Lets the ledger's sequencer measure how long a committed entry waits for its place.
                    .setServerConfig("track_commit_timestamp", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IllegalStateException locked) {
            throw new IllegalStateException("The embedded database in " + directory + " is in use, probably by a "
                    + "running Lantern server. Stop it first, or give this command a different --lantern.data-dir.",
                    locked);
        }
        log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(), directory);
        createRolesAndDatabase(postgres, properties.appRole());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres, RuntimeProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(properties.appRole(), DATABASE));
        config.setUsername(properties.appRole());
        // Batched inserts (imports) go to PostgreSQL as multi-row statements rather than one statement per row.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setMaximumPoolSize(20);
        config.setPoolName("lantern");
        return new HikariDataSource(config);
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        SimpleDriverDataSource owner = new SimpleDriverDataSource();
        owner.setDriverClass(org.postgresql.Driver.class);
        owner.setUrl(postgres.getJdbcUrl(OWNER_ROLE, DATABASE));
        owner.setUsername(OWNER_ROLE);
        return owner;
    }

    private static void createRolesAndDatabase(EmbeddedPostgres postgres, String appRole) throws SQLException {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement statement = superuser.createStatement()) {
            statement.execute(createRoleIfAbsent(OWNER_ROLE));
            statement.execute(createRoleIfAbsent(appRole));
            var existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!existing.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
        }
    }

    private static String createRoleIfAbsent(String role) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN; END IF; END $$";
    }
}
