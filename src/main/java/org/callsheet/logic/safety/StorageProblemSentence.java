package org.callsheet.logic.safety;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The one sentence that tells the user about a storage problem, as a key of the {@code safety}
 * bundle and its arguments: the command line and the window say the same.
 *
 * @param key  the bundle key
 * @param args its arguments, in the order of the pattern (a time as a LocalDateTime, which the text
 *             writes in the language's date format)
 */
public record StorageProblemSentence(String key, List<Object> args) {
    private static final long MB = 1024 * 1024;

    /** The sentence for {@code problem}; {@code duringImport} says so when the disk ran full. */
    public static StorageProblemSentence of(StorageUnavailableException problem, boolean duringImport) {
        String where = problem.location();
        Object restoreFrom = problem.facts().newestBackup().map(Path::toString)
                .<Object>map(s -> s).orElse(new NoBackup());
        return switch (problem.reason()) {
            case IN_USE -> new StorageProblemSentence("storage.inUse", List.of(where));
            case NOT_WRITABLE -> new StorageProblemSentence("storage.notWritable", List.of(where));
            case UNREADABLE -> new StorageProblemSentence("storage.unreadable", List.of(where));
            case PASSWORD_NEEDED -> new StorageProblemSentence("storage.passwordNeeded", List.of(where));
            case WRONG_PASSWORD -> new StorageProblemSentence("storage.wrongPassword", List.of(where));
            case DAMAGED -> new StorageProblemSentence("storage.damaged", List.of(where, restoreFrom));
            case DISK_FULL -> new StorageProblemSentence(duringImport ? "storage.diskFull.import" : "storage.diskFull",
                    List.of(where, (problem.facts().bytesToFree() + MB - 1) / MB));
            case LOST_DATA -> problem.facts().lastKnown()
                    .map(known -> new StorageProblemSentence(problem.facts().missingFileState().isPresent()
                            ? "storage.lostData.missing" : "storage.lostData.known", List.of(where,
                            known.seenAt().atZone(ZoneId.systemDefault()).toLocalDateTime(), known.counts().customers(),
                            known.counts().calls(), known.counts().orders(), restoreFrom,
                            problem.facts().missingFileState().map(Path::toString).orElse(""))))
                    .orElse(new StorageProblemSentence("storage.lostData", List.of(where, restoreFrom)));
        };
    }

    /**
     * Stands for "no backup was found": the text formats it with the {@code storage.noBackup} key.
     */
    public record NoBackup() {
        public static final String KEY = "storage.noBackup";
    }
}
