package org.callsheet.logic.encryption;

import java.security.MessageDigest;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The password of an encrypted database, as the rep typed it or as the first line of a password
 * file. It never shows itself: {@link #toString()} hides it, so a log line or a message built
 * carelessly cannot print it.
 */
public final class DatabasePassword {
    private final char[] chars;

    private DatabasePassword(char[] chars) {
        this.chars = chars;
    }

    /** A password from {@code chars} (copied); empty or blank passwords are refused. */
    public static DatabasePassword of(char[] chars) {
        if (isBlank(chars)) {
            throw new IllegalArgumentException("a database password must not be empty");
        }
        return new DatabasePassword(chars.clone());
    }

    public static DatabasePassword of(String text) {
        return of(text.toCharArray());
    }

    /** True for no characters or only white space. */
    public static boolean isBlank(char[] chars) {
        for (char c : chars) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the characters; the caller clears it when done. */
    public char[] chars() {
        return chars.clone();
    }

    /** The password as UTF-8 bytes (a copy), for deriving a key from it. */
    public byte[] utf8() {
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** The same characters, compared in constant time. */
    public boolean sameAs(DatabasePassword other) {
        byte[] mine = utf8();
        byte[] theirs = other.utf8();
        try {
            return MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabasePassword password && sameAs(password);
    }

    @Override
    public int hashCode() {
        return chars.length;
    }

    @Override
    public String toString() {
        return "DatabasePassword[hidden]";
    }
}
