package uk.lantern.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where an uploaded file waits while Lantern reads it: the {@code uploads} folder of the data directory, open to
 * Lantern's own operating-system user only, and emptied whenever the server starts, so that nothing a killed process
 * was receiving stays behind.
 */
public interface Uploads {

    /**
     * Writes {@code content} to a new file that only Lantern's user can read or write, and returns it; the caller
     * deletes it when done with it.
     */
    Path receive(InputStream content, String prefix) throws IOException;
}
