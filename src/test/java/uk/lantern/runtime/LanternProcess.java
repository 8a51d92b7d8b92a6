package uk.lantern.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged Lantern ({@code target/lantern.jar}, built by {@code ./mvnw verify} before the integration tests) run
 * as an operator runs it: its own JVM, the embedded PostgreSQL in a data directory of its own, on 127.0.0.1 only,
 * in demo mode so that the demo users can sign in. Tests kill it the way a crash would and start it again on the
 * same data directory.
 */
final class LanternProcess implements AutoCloseable {

    static final String DEMO_PASSWORD = "lantern-demo";

    private static final Path JAR = Path.of("target", "lantern.jar");
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process jvm;

    LanternProcess(Path dataDirectory) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run this test through ./mvnw verify, which packages "
                    + "Lantern before the integration tests");
        }
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.log = this.dataDirectory.resolveSibling(this.dataDirectory.getFileName() + ".log");
        this.port = freePort();
    }

    /** Starts Lantern and waits until it reports UP, failing with the end of its log if it does not. */
    LanternProcess start() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: a short run on a busy machine starts faster without C2 and GC threads.
        jvm = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "--server.address=127.0.0.1",
                "--server.port=" + port, "--lantern.data-dir=" + dataDirectory, "--lantern.demo.town-children=0")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (!isUp()) {
            if (!jvm.isAlive()) {
                throw new AssertionError("Lantern exited with " + jvm.exitValue() + " while starting:\n" + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Lantern was not UP within " + START_LIMIT.toSeconds() + " s:\n" + logTail());
            }
            Thread.sleep(200);
        }
        return this;
    }

    private boolean isUp() throws InterruptedException {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    ProcessHandle jvm() {
        return jvm.toHandle();
    }

    /**
     * The embedded postmaster, from the pid file it keeps in its data directory: pg_ctl starts it in a session of its
     * own, so it is not among the JVM's descendants.
     */
    ProcessHandle postmaster() throws IOException {
        return runningPostmaster().orElseThrow(() -> new AssertionError("No postmaster is running in "
                + dataDirectory));
    }

    private Optional<ProcessHandle> runningPostmaster() throws IOException {
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of())
                        .contains(dataDirectory.resolve("postgres").toString()));
    }

    /** Line 4 of postmaster.pid is the port PostgreSQL listens on. */
    Connection database() throws IOException, SQLException {
        int databasePort = Integer.parseInt(postmasterPidFile().get(3).trim());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/lantern", "postgres", "");
    }

    private List<String> postmasterPidFile() throws IOException {
        return Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"));
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    int port() {
        return port;
    }

    /** kill -9 of the JVM alone, as the out-of-memory killer does it. */
    void killJvm() throws InterruptedException {
        jvm.destroyForcibly();
        if (!jvm.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The Lantern JVM survived kill -9");
        }
    }

    /**
     * kill -9 of the JVM and of every PostgreSQL process, as a power cut or a container being killed does it. The
     * processes are listed first and then killed one after another, so that none of them gets to react.
     */
    void killJvmAndDatabase() throws IOException, InterruptedException {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> victims = new ArrayList<>();
        victims.add(postmaster);
        postmaster.children().forEach(victims::add);
        victims.add(jvm.toHandle());
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle victim : victims) {
            victim.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            if (victim.isAlive()) {
                throw new AssertionError("Process " + victim.pid() + " survived kill -9");
            }
        }
    }

    String tokenFor(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/v1/auth/token", null,
                JSON.writeValueAsString(Map.of("username", username, "password", DEMO_PASSWORD)));
        if (response.statusCode() != 200) {
            throw new AssertionError("No token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    /** A referral of one synthetic child; the answer when Lantern acknowledged it with 201, else empty. */
    Optional<JsonNode> raiseReferral(String token, String surname) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of(
                "children", List.of(Map.of("firstName", "Ava", "surname", surname, "dateOfBirth", "2011-03-14")),
                "concern", "Synthetic concern for the crash test: a missing episode and an older adult giving lifts.",
                "cseConcern", true, "urgency", "ROUTINE"));
        HttpResponse<String> response = post("/api/v1/referrals", token, body);
        return response.statusCode() == 201 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String logTail() {
        try {
            String text = Files.readString(log);
            return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
        } catch (IOException unreadable) {
            return "(no log in " + log + ")";
        }
    }

    /**
     * Stops whatever is still running: the JVM with SIGTERM, whose shutdown stops its PostgreSQL, and then a
     * postmaster of this data directory left behind by a kill, so that no test leaves a process running.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        if (jvm != null && jvm.isAlive()) {
            jvm.destroy();
            if (!jvm.waitFor(40, TimeUnit.SECONDS)) {
                jvm.destroyForcibly();
            }
        }
        Optional<ProcessHandle> leftOver = runningPostmaster();
        if (leftOver.isPresent()) {
            leftOver.get().destroy();
            leftOver.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
