package uk.lantern.resolution.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

import uk.lantern.people.RecordKind;

/**
 * Keeps every other change to a kind's identities out while a batch run computes them and writes them in parts.
 *
 * <p>It is a session-level PostgreSQL advisory lock on a connection of its own, held without a transaction: the parts
 * are short transactions of their own on other connections, so the lease holds back no vacuum and no uncommitted
 * data, and if the server dies the database ends the session and the lease with it. Incremental runs and analysts'
 * changes take the same lock shared before the kind's lock ({@link IdentityRepository#lockKind}); the parts take only
 * the kind's lock, since the lease already keeps the others out.
 */
final class BatchLease implements AutoCloseable {

    /** The lease's first key, the kind its second; distinct from the kind's lock and the ledger's. */
    static final int LOCK = 0x52455342;

    private final Connection connection;
    private final RecordKind kind;

    private BatchLease(Connection connection, RecordKind kind) {
        this.connection = connection;
        this.kind = kind;
    }

    /** Waits for changes of the kind under way to finish, then holds the lease until closed. */
    static BatchLease take(DataSource dataSource, RecordKind kind) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            run(connection, "SELECT pg_advisory_lock(?, ?)", kind);
            return new BatchLease(connection, kind);
        } catch (SQLException failure) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("Could not take the batch run's lease for " + kind, failure);
        }
    }

    @Override
    public void close() {
        try {
            run(connection, "SELECT pg_advisory_unlock(?, ?)", kind);
            closeQuietly(connection);
        } catch (SQLException failure) {
            // The session may still hold the lease: it must end, not go back to the pool.
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // aborting a connection that is already gone
            }
            throw new DataAccessResourceFailureException("Could not give up the batch run's lease for " + kind,
                    failure);
        }
    }

    private static void run(Connection connection, String sql, RecordKind kind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK);
            statement.setInt(2, kind.ordinal());
            statement.execute();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The pool discards a connection it cannot use; a session that ended has given up its lock.
        }
    }
}
