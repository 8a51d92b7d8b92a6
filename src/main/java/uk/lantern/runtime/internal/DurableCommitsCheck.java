package uk.lantern.runtime.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the database does not flush a commit before confirming it. Lantern answers only after its
 * commit, so that is what makes an acknowledged referral survive a crash, and what keeps its reference from being
 * handed out again. The embedded database is always durable; an external one is the operator's to configure.
 */
@Component
class DurableCommitsCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurableCommitsCheck.class);

    private final JdbcClient jdbc;

    DurableCommitsCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        String fsync = jdbc.sql("SELECT current_setting('fsync')").query(String.class).single();
        String synchronousCommit = jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single();
        List<String> weaknesses = weaknesses(fsync, synchronousCommit);
        if (!weaknesses.isEmpty()) {
            log.warn("The database does not make commits durable ({}): a crash can lose referrals and records Lantern "
                    + "has already acknowledged, and their references can be given out again. Set both to on; see "
                    + "docs/operations.md, \"Durability and crashes\".", String.join(", ", weaknesses));
        }
    }

    /**
     * The settings under which a confirmed commit may not be on disk. {@code synchronous_commit} values other than
     * {@code off} ({@code local}, {@code remote_write}, {@code on}, {@code remote_apply}) all flush the local WAL.
     */
    static List<String> weaknesses(String fsync, String synchronousCommit) {
        List<String> weaknesses = new ArrayList<>();
        if (!fsync.equals("on")) {
            weaknesses.add("fsync=" + fsync);
        }
        if (synchronousCommit.equals("off")) {
            weaknesses.add("synchronous_commit=" + synchronousCommit);
        }
        return weaknesses;
    }
}
