package uk.lantern.runtime.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an embedded PostgreSQL leaves behind when the Lantern that started it is killed (kill -9, the out-of-memory
 * killer, a container runtime). pg_ctl starts the postmaster in a session of its own, so it outlives the JVM and keeps
 * {@code postmaster.pid}; a new postmaster on the same data directory then refuses to start.
 *
 * <p>Before the embedded database starts, this stops such a postmaster, and only one that is provably the earlier
 * Lantern's: no live Lantern holds the data directory's lock, and the process is a {@code postgres} whose command line
 * names this data directory. Anything else is left for PostgreSQL to judge: it replaces a pid file whose process is
 * gone, and refuses to start while backends of an earlier postmaster may still be writing, which is why Lantern never
 * removes the file itself.
 */
final class LeftoverPostmaster {

    /** The lock file zonky's EmbeddedPostgres holds in the data directory for as long as its JVM runs. */
    private static final String LANTERN_LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    /**
     * Stops the postmaster an earlier, killed Lantern left running on {@code dataDirectory}, waiting up to
     * {@code patience} for it to shut down cleanly.
     *
     * @throws IllegalStateException when it is still running after that
     */
    static void stopIfLeftOver(Path dataDirectory, Duration patience) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile) || heldByALiveLantern(dataDirectory)) {
            return;
        }
        Optional<Long> pid = pidIn(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid.get())
                .filter(process -> process.isAlive() && isPostmasterOf(process, dataDirectory));
        if (postmaster.isPresent()) {
            stop(postmaster.get(), dataDirectory, patience);
        }
    }

    /**
     * True while another Lantern process runs on this data directory: its PostgreSQL is in use, never left over.
     * The lock is a file lock, so the kernel releases it when that process dies, however it dies.
     */
    private static boolean heldByALiveLantern(Path dataDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LANTERN_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        }
    }

    /** The first line of postmaster.pid is the postmaster's process id; a file cut short by a crash has none. */
    private static Optional<Long> pidIn(Path pidFile) throws IOException {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,10}")
                    ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException removedMeanwhile) {
            return Optional.empty();
        }
    }

    /** pg_ctl starts the postmaster as {@code postgres -D <data directory> ...}. */
    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(command -> executableName(command).equals("postgres")).orElse(false)) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int index = 0; index + 1 < arguments.length; index++) {
            if (arguments[index].equals("-D")
                    && Path.of(arguments[index + 1]).toAbsolutePath().normalize().equals(dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static String executableName(String command) {
        Path name = Path.of(command).getFileName();
        return name == null ? "" : name.toString();
    }

    /**
     * SIGTERM asks for PostgreSQL's smart shutdown: it finishes what its sessions are doing and writes a checkpoint.
     * The killed Lantern's sessions ended with its sockets, so it normally stops at once.
     */
    private static void stop(ProcessHandle postmaster, Path dataDirectory, Duration patience) {
        log.warn("PostgreSQL (process {}) is still running on {}, left by a Lantern that did not shut down; "
                + "stopping it before starting again", postmaster.pid(), dataDirectory);
        postmaster.destroy();
        ProcessHandle exited = postmaster.onExit()
                .completeOnTimeout(null, patience.toMillis(), TimeUnit.MILLISECONDS).join();
        if (exited == null) {
            throw new IllegalStateException("PostgreSQL (process " + postmaster.pid() + ") left running on "
                    + dataDirectory + " by an earlier Lantern did not stop within " + patience.toSeconds() + " s, "
                    + "probably because a session is still connected to it. Stop it with pg_ctl stop -D "
                    + dataDirectory + " and start Lantern again.");
        }
        log.info("The left-over PostgreSQL (process {}) has stopped", postmaster.pid());
    }
}
