package uk.lantern.ledger.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.ledger.Checkpoint;

/** Reads exported checkpoints: one JSON object, a JSON array of them, or one object per line. */
final class CheckpointFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CheckpointFiles() {
    }

    static List<Checkpoint> read(Path file) throws IOException {
        String text = Files.readString(file).trim();
        List<Checkpoint> checkpoints = new ArrayList<>();
        try {
            JsonNode whole = MAPPER.readTree(text);
            if (whole.isArray()) {
                whole.forEach(node -> checkpoints.add(MAPPER.treeToValue(node, Checkpoint.class)));
            } else {
                checkpoints.add(MAPPER.treeToValue(whole, Checkpoint.class));
            }
        } catch (JacksonException notOneDocument) {
            checkpoints.clear();
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    checkpoints.add(MAPPER.readValue(line, Checkpoint.class));
                }
            }
        }
        return checkpoints;
    }
}
