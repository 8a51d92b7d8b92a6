package uk.lantern.runtime.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The cases where nothing may be stopped; CrashRecoveryIT stops a real left-over postmaster. */
class LeftoverPostmasterTest {

    @TempDir
    Path dataDirectory;

    /** The test's own JVM stands for a process that took over the number of a postmaster that is gone. */
    @Test
    void aProcessThatIsNotPostgresIsNeverStoppedAndItsPidFileIsLeftForPostgresql() throws IOException {
        Path pidFile = pidFileFor(ProcessHandle.current().pid());

        LeftoverPostmaster.stopIfLeftOver(dataDirectory, Duration.ofSeconds(1));

        assertThat(pidFile).exists();
    }

    @Test
    void nothingIsTouchedWhileALiveLanternHoldsTheDataDirectory() throws IOException {
        Path pidFile = pidFileFor(ProcessHandle.current().pid());
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            LeftoverPostmaster.stopIfLeftOver(dataDirectory, Duration.ofSeconds(1));
        }
        assertThat(pidFile).exists();
    }

    @Test
    void aPidFileCutShortByACrashIsLeftForPostgresql() throws IOException {
        Path pidFile = Files.writeString(dataDirectory.resolve("postmaster.pid"), "");

        LeftoverPostmaster.stopIfLeftOver(dataDirectory, Duration.ofSeconds(1));

        assertThat(pidFile).exists();
    }

    /** postmaster.pid: process id, data directory, start time, port, then more that is not read here. */
    private Path pidFileFor(long pid) throws IOException {
        return Files.writeString(dataDirectory.resolve("postmaster.pid"),
                pid + "\n" + dataDirectory + "\n1765000000\n5432\n");
    }
}
