package org.callsheet.cli;

/** Turns an exception into text for one sentence: its message, or its kind when it has none. */
final class CliFailureText {
    private CliFailureText() {
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return oneLine(text);
    }

    /** Collapses line breaks and drops a trailing full stop, so the text fits inside a sentence. */
    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        while (line.endsWith(".") || line.endsWith("。")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }
}
