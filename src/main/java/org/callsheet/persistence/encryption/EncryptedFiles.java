package org.callsheet.persistence.encryption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Tells an encrypted H2 file from a plain one by its first bytes, without a password. */
public final class EncryptedFiles {
    /** H2 starts every encrypted file with this header (then its salt); a plain one with {@code H:2,}. */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private EncryptedFiles() {
    }

    /** True when {@code file} exists and is encrypted. */
    public static boolean isEncrypted(Path file) {
        byte[] start = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, HEADER);
        } catch (NoSuchFileException missing) {
            return false;
        } catch (IOException unreadable) {
            // a file that cannot be read at all is the opening guard's to explain
            return false;
        }
    }
}
