package org.callsheet.persistence.safety;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import org.callsheet.persistence.encryption.FileKey;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * A look at a closed database file through H2's storage layer, read-only, before anything opens it
 * for writing: the version of its newest commit and whether it holds any data at all. A file cut
 * short opens in H2 as an older commit (a lower version) or as a new, empty store (no maps).
 */
public record StoreInspection(long version, int maps) {
    private static final int BLOCK = 4096;
    private static final byte[] CHUNK_START = "chunk:".getBytes(StandardCharsets.US_ASCII);
    /** Blocks looked at from each end of the file; every chunk starts on a block with its header. */
    private static final int BLOCKS_SEARCHED = 512;

    /** Reads a plain file; H2's own exception tells when it is locked or cannot be read. */
    static StoreInspection of(Path file) {
        return of(file, Optional.empty());
    }

    /** Reads the file, encrypted with {@code key} when one is given. */
    public static StoreInspection of(Path file, Optional<FileKey> key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).readOnly();
        key.ifPresent(k -> builder.encryptionKey(k.filePassword()));
        try (MVStore store = builder.open()) {
            return new StoreInspection(store.getCurrentVersion(), store.getMapNames().size());
        }
    }

    /**
     * Whether {@code key} decrypts the start of any chunk near either end of the file. With the
     * wrong key every block is noise; with the right one a file whose store headers are damaged
     * still has readable chunks, so a failed open is damage, not a wrong password.
     */
    public static boolean keyReadsAChunk(Path file, FileKey key) {
        try (FileChannel plain = FileChannel.open(file, StandardOpenOption.READ);
             FileEncrypt decrypted = new FileEncrypt(file.toString(),
                     FilePathEncrypt.getPasswordBytes(key.filePassword()), plain)) {
            long blocks = decrypted.size() / BLOCK;
            ByteBuffer start = ByteBuffer.allocate(CHUNK_START.length);
            for (long block = 2; block < blocks; block++) {
                if (block == 2 + BLOCKS_SEARCHED && blocks > 2 + 2L * BLOCKS_SEARCHED) {
                    block = blocks - BLOCKS_SEARCHED;
                }
                start.clear();
                decrypted.read(start, block * BLOCK);
                if (Arrays.equals(start.array(), CHUNK_START)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public boolean holdsNothing() {
        return maps == 0;
    }
}
