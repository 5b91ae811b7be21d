package org.callsheet.persistence.encryption;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.callsheet.logic.encryption.DatabasePassword;

/**
 * The file password H2 encrypts the database file with, derived from the rep's password (ADR 37):
 * PBKDF2 with many rounds, written as hex. H2 itself stretches a file password with only a few
 * rounds, splits the JDBC password at its first space and keeps only the low byte of each
 * character; a hex key has no spaces, loses nothing, and makes every guess at the rep's password
 * cost the rounds below. Never logged: {@link #toString()} hides it.
 */
public final class FileKey {
    /** The cipher named in the JDBC URL ({@code CIPHER=AES}) and given to H2's file tools. */
    public static final String CIPHER = "AES";
    private static final int ROUNDS = 210_000;
    private static final int BITS = 256;
    /** Fixed: H2 adds a random salt of its own to every file, so equal passwords still give different file keys. */
    private static final byte[] SALT = "Callsheet database file key".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final char[] hex;

    private FileKey(char[] hex) {
        this.hex = hex;
    }

    public static FileKey of(DatabasePassword password) {
        char[] chars = password.chars();
        PBEKeySpec spec = new PBEKeySpec(chars, SALT, ROUNDS, BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return new FileKey(hex);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** The file password as H2's storage layer and file tools take it (a copy they may clear). */
    public char[] filePassword() {
        return hex.clone();
    }

    /**
     * The JDBC password of an encrypted database: the file password, a space, then the user's
     * password (empty, as for a plain database).
     */
    public String jdbcPassword() {
        return new String(hex) + " ";
    }

    @Override
    public String toString() {
        return "FileKey[hidden]";
    }
}
