package org.callsheet.logic.encryption;

/** What a new database password must be: long enough that guessing it is not a pastime. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    /** True when {@code password} has fewer than {@link #MIN_LENGTH} characters (code points). */
    public static boolean tooShort(char[] password) {
        return Character.codePointCount(password, 0, password.length) < MIN_LENGTH;
    }
}
