package org.callsheet.cli;

/** Process exit codes of every command. */
public final class ExitCodes {
    /** Everything done. */
    public static final int OK = 0;
    /** Finished, but some input was rejected or the work stopped part-way (what was written stays). */
    public static final int PARTIAL = 1;
    /** Bad usage or unreadable input; nothing was written. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
