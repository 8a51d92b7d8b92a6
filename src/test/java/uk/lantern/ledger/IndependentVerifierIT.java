package uk.lantern.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lantern's checkpoints and proofs, as an auditor takes them from the API, checked by an implementation that shares
 * no code with Lantern: the Go checksum database's {@code note} and {@code tlog} packages (Debian's
 * golang-golang-x-mod-dev), driven by src/test/go/ledgerverify. It must accept what Lantern serves and refuse each
 * altered checkpoint or proof.
 */
class IndependentVerifierIT extends IntegrationTestBase {

    private static final Path GO = Path.of("/usr/bin/go");
    private static final Path GO_PACKAGES = Path.of("/usr/share/gocode/src/golang.org/x/mod/sumdb/tlog");
    private static final Path VERIFIER = Path.of("src/test/go/ledgerverify/main.go");

    @Autowired
    Ledger ledger;
    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path work;

    @BeforeAll
    static void goIsInstalled() {
        boolean installed = Files.isExecutable(GO) && Files.isDirectory(GO_PACKAGES);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install golang-go and golang-golang-x-mod-dev (see .ci/run)");
        }
        assumeTrue(installed, "Go is not installed: apt-get install golang-go golang-golang-x-mod-dev");
    }

    @Test
    void goAcceptsLanternsCheckpointsAndProofsAndRefusesAlteredOnes() throws Exception {
        String token = tokenFor("auditor");
        appendSome(7);
        JsonNode earlier = api("/api/v1/ledger/checkpoints/latest", token);
        appendSome(20);
        JsonNode later = api("/api/v1/ledger/checkpoints/latest", token);
        long earlierSize = earlier.get("sequence").asLong();
        long laterSize = later.get("sequence").asLong();
        assertThat(laterSize).isGreaterThan(earlierSize);

        List<Map<String, Object>> inclusion = new ArrayList<>();
        for (long entry : new long[] {1, earlierSize / 2, earlierSize, laterSize - 1, laterSize}) {
            inclusion.add(inclusion(api("/api/v1/ledger/proofs/inclusion?entry=" + entry + "&treeSize=" + laterSize,
                    token)));
        }
        inclusion.add(inclusion(api("/api/v1/ledger/proofs/inclusion?entry=" + earlierSize + "&treeSize="
                + earlierSize, token)));
        JsonNode consistency = api("/api/v1/ledger/proofs/consistency?from=" + earlierSize + "&to=" + laterSize,
                token);
        String verifierKey = mvc.perform(get("/api/v1/ledger/verifier-key").header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> checkpoints = List.of(earlier.get("note").asString(), later.get("note").asString());
        Map<String, Object> genuine = input(verifierKey, checkpoints, inclusion, List.of(Map.of(
                "fromSize", earlierSize, "toSize", laterSize, "proof", strings(consistency.get("proof")))));

        assertThat(runGo(genuine)).startsWith("verified: 2 checkpoints, 6 inclusion proofs, 1 consistency proofs");

        Map<String, Object> forgedCheckpoint = new LinkedHashMap<>(genuine);
        forgedCheckpoint.put("checkpoints", List.of(checkpoints.get(0),
                checkpoints.get(1).replace("\n" + laterSize + "\n", "\n" + (laterSize + 1) + "\n")));
        assertThat(runGo(forgedCheckpoint)).startsWith("FAILED: checkpoint signature");

        Map<String, Object> alteredLeaf = new LinkedHashMap<>(genuine);
        Map<String, Object> wrongLeaf = new LinkedHashMap<>(inclusion.get(2));
        wrongLeaf.put("leafHash", inclusion.get(1).get("leafHash"));
        alteredLeaf.put("inclusion", List.of(wrongLeaf));
        assertThat(runGo(alteredLeaf)).startsWith("FAILED: inclusion");

        Map<String, Object> notInEarlier = new LinkedHashMap<>(inclusion.get(4));
        notInEarlier.put("treeSize", earlierSize);
        Map<String, Object> againstEarlier = new LinkedHashMap<>(genuine);
        againstEarlier.put("inclusion", List.of(notInEarlier));
        assertThat(runGo(againstEarlier)).as("an entry the earlier checkpoint does not include")
                .startsWith("FAILED: inclusion");

        List<String> bentProof = new ArrayList<>(strings(consistency.get("proof")));
        bentProof.set(0, "00".repeat(32));
        Map<String, Object> rewritten = new LinkedHashMap<>(genuine);
        rewritten.put("consistency", List.of(Map.of("fromSize", earlierSize, "toSize", laterSize,
                "proof", bentProof)));
        assertThat(runGo(rewritten)).startsWith("FAILED: consistency");
    }

    private void appendSome(int count) {
        String subject = unique("independent");
        transaction.executeWithoutResult(status -> {
            for (int n = 0; n < count; n++) {
                ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING", subject,
                        Map.of("n", n)));
            }
        });
    }

    private JsonNode api(String path, String token) throws Exception {
        return json(mvc.perform(get(path).header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> inclusion(JsonNode proof) {
        return Map.of("treeSize", proof.get("treeSize").asLong(), "index", proof.get("sequence").asLong() - 1,
                "leafHash", proof.get("leafHash").asString(), "proof", strings(proof.get("proof")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Map<String, Object> input(String verifierKey, List<String> checkpoints,
                                             List<Map<String, Object>> inclusion,
                                             List<Map<String, Object>> consistency) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("verifierKey", verifierKey);
        input.put("checkpoints", checkpoints);
        input.put("inclusion", inclusion);
        input.put("consistency", consistency);
        return input;
    }

    /** Runs the Go verifier offline, in GOPATH mode over Debian's packaged sources, and returns what it printed. */
    private String runGo(Map<String, Object> input) throws IOException, InterruptedException {
        Path file = Files.createTempFile(work, "proofs", ".json");
        Files.writeString(file, JSON.writeValueAsString(input));
        ProcessBuilder go = new ProcessBuilder(GO.toString(), "run", VERIFIER.toAbsolutePath().toString(),
                file.toString()).redirectErrorStream(true);
        go.environment().put("GO111MODULE", "off");
        go.environment().put("GOPATH", "/usr/share/gocode");
        go.environment().put("GOCACHE", Path.of("target/go-cache").toAbsolutePath().toString());
        go.environment().put("GOFLAGS", "");
        Process process = go.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(output.startsWith("verified") ? 0 : 1);
        return output;
    }
}
