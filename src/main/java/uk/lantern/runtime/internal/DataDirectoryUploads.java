package uk.lantern.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

import uk.lantern.runtime.RunMode;
import uk.lantern.runtime.RuntimeProperties;
import uk.lantern.runtime.Uploads;

/**
 * Uploads hold whole bundles of personal data, so they stay out of the shared system temp directory. The folder is
 * emptied when the server starts, not when a command starts: a command runs beside a server that may be receiving a
 * file at that moment, and never takes uploads itself. It waits for the database to be up: the embedded one locks the
 * data directory, so a second server started on it by mistake fails before it can empty the first one's uploads.
 */
@Component
@DependsOnDatabaseInitialization
class DataDirectoryUploads implements Uploads {

    private static final String FOLDER = "uploads";

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryUploads.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;

    DataDirectoryUploads(RuntimeProperties properties, RunMode runMode) throws IOException {
        folder = properties.dataDir().toAbsolutePath().normalize().resolve(FOLDER);
        if (!runMode.commandLine()) {
            prepareFolder();
            removeLeftovers();
        }
    }

    /**
     * The file is written in place: copying over it with REPLACE_EXISTING would delete it and create another with the
     * default permissions, readable by everyone.
     */
    @Override
    public Path receive(InputStream content, String prefix) throws IOException {
        prepareFolder();
        Path file = POSIX
                ? Files.createTempFile(folder, prefix, ".upload", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(folder, prefix, ".upload");
        try (OutputStream out = Files.newOutputStream(file)) {
            content.transferTo(out);
        } catch (IOException | RuntimeException cutOff) {
            Files.deleteIfExists(file);
            throw cutOff;
        }
        return file;
    }

    /** Also tightens a folder made by hand or by an earlier version with the default permissions. */
    private void prepareFolder() throws IOException {
        if (!POSIX) {
            Files.createDirectories(folder);
            return;
        }
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER);
        Files.createDirectories(folder, ownerOnly);
        if (!Files.getPosixFilePermissions(folder).equals(OWNER_ONLY_FOLDER)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
    }

    /** Files a killed server was receiving or reading; nothing can be using them before the server has started. */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> leftovers = Files.list(folder)) {
            for (Path leftover : leftovers.toList()) {
                if (Files.isRegularFile(leftover)) {
                    Files.delete(leftover);
                    log.info("Removed {}, left from an upload that was cut off when Lantern stopped", leftover);
                }
            }
        }
    }
}
