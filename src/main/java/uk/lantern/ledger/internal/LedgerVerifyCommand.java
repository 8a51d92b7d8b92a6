package uk.lantern.ledger.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.ledger.LedgerVerification;
import uk.lantern.ledger.UnauthenticCheckpointException;
import uk.lantern.runtime.LanternCommand;

/** {@code ledger verify [--checkpoint FILE]}: exit 0 when intact, 1 when broken, 2 when the checkpoint is unusable. */
@Component
class LedgerVerifyCommand implements LanternCommand {

    static final int BROKEN = 1;
    static final int BAD_CHECKPOINT = 2;
    static final int USAGE = 64;

    private final LedgerIntegrity integrity;
    private final JsonMapper json = JsonMapper.builder().build();

    LedgerVerifyCommand(LedgerIntegrity integrity) {
        this.integrity = integrity;
    }

    @Override
    public List<String> words() {
        return List.of("ledger", "verify");
    }

    @Override
    public String usage() {
        return "ledger verify [--checkpoint FILE]   walk the ledger chain and check it against exported checkpoints";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        LedgerVerification result;
        try {
            Path checkpointFile = checkpointFile(arguments);
            if (checkpointFile == null) {
                result = integrity.verify();
            } else {
                List<Checkpoint> checkpoints = CheckpointFiles.read(checkpointFile);
                result = integrity.verify(checkpoints);
            }
        } catch (IOException | JacksonException unreadable) {
            out.println("Cannot read the checkpoint file: " + unreadable.getMessage());
            return BAD_CHECKPOINT;
        } catch (UnauthenticCheckpointException refused) {
            out.println(refused.getMessage());
            return BAD_CHECKPOINT;
        } catch (IllegalArgumentException misused) {
            out.println(misused.getMessage() + ". Usage: java -jar lantern.jar " + usage());
            return USAGE;
        }
        out.println(json.writeValueAsString(result));
        out.println(result.intact()
                ? "Ledger intact: " + result.entriesChecked() + " entries checked."
                : "Ledger BROKEN at entry " + result.firstBadSequence() + ": " + result.problem());
        return result.intact() ? 0 : BROKEN;
    }

    private static Path checkpointFile(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--checkpoint=")) {
                return Path.of(argument.substring("--checkpoint=".length()));
            }
            if (argument.equals("--checkpoint")) {
                if (i + 1 >= arguments.size()) {
                    throw new IllegalArgumentException("--checkpoint needs a file name");
                }
                return Path.of(arguments.get(i + 1));
            }
        }
        return null;
    }
}
