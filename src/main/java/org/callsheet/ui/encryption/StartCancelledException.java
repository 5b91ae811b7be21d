package org.callsheet.ui.encryption;

/** The rep chose Quit instead of typing the password of an encrypted database at start. */
public final class StartCancelledException extends RuntimeException {
    public StartCancelledException() {
        super("start cancelled at the password");
    }
}
