package org.callsheet.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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

    /**
     * Why {@code target} cannot be written before anything is tried (it is a folder, or its folder
     * is missing or a file), for refusing a command up front; empty when it may be written.
     */
    static Optional<String> unwritable(Path target, CliMessages messages) {
        Path folder = target.toAbsolutePath().getParent();
        boolean fine = !Files.isDirectory(target) && folder != null && Files.isDirectory(folder);
        return fine ? Optional.empty()
                : Optional.of(describeWrite(target, new IOException(target.toString()), messages));
    }

    /**
     * Why {@code target} could not be written, for one sentence: it is a folder, its folder is missing, writing
     * there is not permitted, or the error's own message.
     */
    static String describeWrite(Path target, Throwable error, CliMessages messages) {
        if (Files.isDirectory(target)) {
            return messages.get("error.write.isFolder", target);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && Files.isRegularFile(folder)) {
            return messages.get("error.write.notFolder", folder);
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return messages.get("error.write.noFolder", folder);
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return messages.get("error.write.denied");
            }
            if (t instanceof FileSystemException fs) {
                return fs.getReason() != null ? oneLine(fs.getReason()) : messages.get("error.write.cannot");
            }
        }
        return describe(error);
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
