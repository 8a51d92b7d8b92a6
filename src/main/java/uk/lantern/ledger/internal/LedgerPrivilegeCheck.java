package uk.lantern.ledger.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start if the role the application runs as could rewrite history: a superuser, the owner of the ledger
 * table, or a role that may update, delete or truncate ledger rows, other than giving an entry its place in the log. Migrations run as the owner; the application
 * must not.
 */
@Component
@DependsOnDatabaseInitialization
class LedgerPrivilegeCheck implements InitializingBean {

    private final JdbcClient jdbc;

    LedgerPrivilegeCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        Boolean unsafe = jdbc.sql("""
                SELECT bool_or(r.rolsuper
                    OR t.tableowner = current_user
                    OR has_table_privilege(current_user, t.schemaname || '.' || t.tablename, 'UPDATE')
                    OR has_table_privilege(current_user, t.schemaname || '.' || t.tablename, 'DELETE')
                    OR has_table_privilege(current_user, t.schemaname || '.' || t.tablename, 'TRUNCATE'))
                FROM pg_roles r, pg_tables t
                WHERE r.rolname = current_user AND t.schemaname = current_schema()
                  AND t.tablename IN ('ledger_entry', 'ledger_checkpoint', 'ledger_tree_node', 'ledger_tree_head')
                """).query(Boolean.class).single();
        // The sequencer gives each entry its place once (a trigger refuses any other change); no other column.
        Boolean otherColumnsUpdatable = jdbc.sql("""
                SELECT bool_or(has_column_privilege(current_user, 'ledger_entry', a.attname, 'UPDATE'))
                FROM pg_attribute a
                WHERE a.attrelid = 'ledger_entry'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                  AND a.attname <> 'sequence'
                """).query(Boolean.class).single();
        if (unsafe || otherColumnsUpdatable) {
            throw new IllegalStateException("The database role Lantern runs as can change ledger rows. Run the "
                    + "application as a role that only has the privileges the migrations grant it, and run the "
                    + "migrations as the owner (spring.flyway.user). See docs/operations.md.");
        }
    }
}
