package uk.lantern.ledger.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The sequencer's own two connections, opened with the application pool's settings. Under load every connection of
 * the application's pool can be taken by requests with more waiting; the sequencer must not queue behind them, or
 * committed entries would wait for their place as long as the busiest request does.
 */
final class SequencerConnections implements AutoCloseable {

    private static final int SIZE = 2;

    private final DataSource dataSource;
    private final HikariDataSource owned;

    private SequencerConnections(DataSource dataSource, HikariDataSource owned) {
        this.dataSource = dataSource;
        this.owned = owned;
    }

    /** A pool of its own when the application's is Hikari (as Lantern configures it); otherwise that one shared. */
    static SequencerConnections from(DataSource application) {
        HikariDataSource hikari;
        try {
            if (!application.isWrapperFor(HikariDataSource.class)) {
                return new SequencerConnections(application, null);
            }
            hikari = application.unwrap(HikariDataSource.class);
        } catch (SQLException notAWrapper) {
            return new SequencerConnections(application, null);
        }
        HikariConfig config = new HikariConfig();
        hikari.copyStateTo(config);
        config.setPoolName("ledger-sequencer");
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        HikariDataSource own = new HikariDataSource(config);
        return new SequencerConnections(own, own);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
