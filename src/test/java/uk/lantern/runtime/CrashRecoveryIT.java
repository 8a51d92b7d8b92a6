package uk.lantern.runtime;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes a real Lantern process: kill -9 of its JVM and of its embedded PostgreSQL in the middle of a burst of
 * referrals, and kill -9 of the JVM alone in the middle of an upload. Each time the next start must recover on its
 * own, keep everything it acknowledged and never hand out a reference twice.
 *
 * <p>It starts the packaged application in a JVM of its own rather than sharing the integration tests' application
 * context, since what it tests is how that process dies and starts again.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

    private static final int BURST_CLIENTS = 8;
    /** Acknowledgements to wait for before the kill, so that it lands in full flow; the burst never stops itself. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final Duration BURST_LIMIT = Duration.ofSeconds(40);

    @TempDir
    Path directory;

    /**
     * One Lantern goes through both crashes in turn, so that the test pays for one first start (initdb, migrations,
     * demo users) rather than two.
     */
    @Test
    void lanternRecoversOnItsOwnFromKillsAndKeepsEverythingItAcknowledged() throws Exception {
        try (LanternProcess lantern = new LanternProcess(directory.resolve("data"))) {
            lantern.start();
            try (Connection database = lantern.database()) {
                assertThat(setting(database, "fsync")).isEqualTo("on");
                assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(database, "full_page_writes")).isEqualTo("on");
            }
            String referrer = lantern.tokenFor("referrer");
            String raisedBefore = lantern.raiseReferral(referrer, "Beforekill").orElseThrow().get("id").asString();

            theNextStartStopsThePostgresAKilledJvmLeftAndRemovesItsUpload(lantern);
            everyAcknowledgedReferralSurvivesAKillOfTheJvmAndDatabaseAndNoReferenceRepeats(lantern, referrer);

            assertThat(lantern.get("/api/v1/referrals/" + raisedBefore, lantern.tokenFor("triage")).statusCode())
                    .isEqualTo(200);
            String auditor = lantern.tokenFor("auditor");
            assertThat(lantern.get("/api/v1/ledger/verification", auditor).body()).contains("\"intact\":true");
        }
    }

    private static void everyAcknowledgedReferralSurvivesAKillOfTheJvmAndDatabaseAndNoReferenceRepeats(
            LanternProcess lantern, String referrer) throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        burstThenKill(lantern, referrer, acknowledged);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        lantern.start();
        try (Connection database = lantern.database()) {
            assertThat(storedReferences(database, acknowledged.keySet()))
                    .as("every acknowledged referral is stored under the reference it was given")
                    .isEqualTo(acknowledged);
            List<String> after = new ArrayList<>();
            for (int next = 0; next < 20; next++) {
                after.add(lantern.raiseReferral(referrer, "Afterkill" + next).orElseThrow()
                        .get("reference").asString());
            }
            assertThat(after).doesNotHaveDuplicates().doesNotContainAnyElementsOf(acknowledged.values());
            assertThat(repeatedReferences(database)).isEmpty();
        }
    }

    /**
     * Clients raise referrals as fast as Lantern answers until enough are acknowledged, and the JVM and PostgreSQL are
     * then killed while requests are still in flight. Only a 201 that reached the client counts as acknowledged.
     */
    private static void burstThenKill(LanternProcess lantern, String token, Map<String, String> acknowledged)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(BURST_CLIENTS);
        try {
            for (int client = 0; client < BURST_CLIENTS; client++) {
                String surname = "Burst" + client + "x";
                clients.submit(() -> {
                    for (int sent = 0; !killed.get(); sent++) {
                        try {
                            lantern.raiseReferral(token, surname + sent).ifPresent(referral -> acknowledged.put(
                                    referral.get("id").asString(), referral.get("reference").asString()));
                        } catch (Exception cutOffByTheKill) {
                            // Not acknowledged, so Lantern owes nothing for it.
                        }
                    }
                    return null;
                });
            }
            Instant deadline = Instant.now().plus(BURST_LIMIT);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            lantern.killJvmAndDatabase();
        } finally {
            killed.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("the burst clients stopped").isTrue();
        }
    }

    private static void theNextStartStopsThePostgresAKilledJvmLeftAndRemovesItsUpload(LanternProcess lantern)
            throws Exception {
        Path uploads = lantern.dataDirectory().resolve("uploads");
        try (Socket upload = startUpload(lantern, lantern.tokenFor("admin"))) {
            Path waiting = awaitSingleFile(uploads);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(waiting))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads))).isEqualTo("rwx------");

            ProcessHandle leftRunning = lantern.postmaster();
            lantern.killJvm();
            assertThat(leftRunning.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();
            assertThat(Files.exists(waiting)).as("the cut-off upload is still there").isTrue();

            lantern.start();
            assertThat(leftRunning.isAlive()).as("the left-over PostgreSQL was stopped").isFalse();
            assertThat(lantern.postmaster().pid()).isNotEqualTo(leftRunning.pid());
            assertThat(filesIn(uploads)).as("the cut-off upload is removed on start-up").isEmpty();
        }
    }

    /**
     * Sends the headers and the first part of a large import, then holds the connection open, so that the upload is
     * still being received when the JVM is killed.
     */
    private static Socket startUpload(LanternProcess lantern, String token) throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), lantern.port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n"
                + "Content-Type: application/x-ndjson\r\nContent-Length: 50000000\r\nX-File-Name: cut-off.jsonl\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] line = "{\"recordType\":\"CHILD\",\"sourceSystem\":\"crash-test\"}\n".getBytes(StandardCharsets.UTF_8);
        for (int written = 0; written < 256 * 1024; written += line.length) {
            out.write(line);
        }
        out.flush();
        return socket;
    }

    private static Path awaitSingleFile(Path folder) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<Path> files = Files.isDirectory(folder) ? filesIn(folder) : List.of();
            if (files.size() == 1 && Files.size(files.get(0)) > 0) {
                return files.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No upload appeared in " + folder);
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static String setting(Connection database, String name) throws Exception {
        try (Statement statement = database.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Map<String, String> storedReferences(Connection database, Iterable<String> ids) throws Exception {
        List<String> wanted = new ArrayList<>();
        ids.forEach(wanted::add);
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement query = database.prepareStatement(
                "SELECT id::text, reference FROM referral WHERE id::text = ANY (?)")) {
            Array array = database.createArrayOf("text", wanted.toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return stored;
    }

    private static List<String> repeatedReferences(Connection database) throws Exception {
        List<String> repeated = new ArrayList<>();
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT reference FROM referral GROUP BY reference HAVING count(*) > 1")) {
            while (rows.next()) {
                repeated.add(rows.getString(1));
            }
        }
        return repeated;
    }
}
