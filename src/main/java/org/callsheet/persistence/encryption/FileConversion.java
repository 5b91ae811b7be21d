package org.callsheet.persistence.encryption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.callsheet.persistence.safety.StoreInspection;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts, decrypts or re-keys a closed database file with H2's {@link ChangeFileEncryption}, a
 * block-by-block copy that keeps the store's commits as they are (ADR 37). The tool works on a
 * copy in a folder beside the file; the copy replaces the file only when it opens with the new key
 * at the same commit, so a failure at any point leaves the file exactly as it was.
 */
final class FileConversion {
    private FileConversion() {
    }

    static void convert(Path file, Optional<FileKey> from, Optional<FileKey> to) {
        // opening it with the old key first proves the key (H2's tool would copy noise otherwise)
        long version = StoreInspection.of(file, from).version();
        Path work;
        try {
            work = Files.createTempDirectory(file.toAbsolutePath().getParent(), ".encryption-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String name = "converting";
            Path copy = work.resolve(name + ".mv.db");
            Files.copy(file, copy);
            ChangeFileEncryption.execute(work.toString(), name, FileKey.CIPHER,
                    from.map(FileKey::filePassword).orElse(null), to.map(FileKey::filePassword).orElse(null), true);
            if (EncryptedFiles.isEncrypted(copy) != to.isPresent()
                    || StoreInspection.of(copy, to).version() != version) {
                throw new IOException("the converted file does not open as the database did");
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the file could not be converted", e);
        } finally {
            deleteAll(work);
        }
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(FileConversion.class).warn("Work folder {} not removed", folder, e);
        }
    }
}
