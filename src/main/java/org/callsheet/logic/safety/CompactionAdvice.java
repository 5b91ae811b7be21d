package org.callsheet.logic.safety;

/**
 * Whether compacting the database file pays: H2 writes changed pages anew and reuses the old
 * space only later, so after large changes much of the file can be dead space. A compaction
 * rewrites the whole file, which takes a while on a large book: it is worth it when it frees at
 * least a quarter of the file and at least 16 MB.
 */
public final class CompactionAdvice {
    static final long LEAST_FREED = 16L * 1024 * 1024;

    private CompactionAdvice() {
    }

    /**
     * @param fileSize        the file's size in bytes
     * @param fillRate        the percentage of the file's blocks that hold chunks (H2's FILL_RATE)
     * @param chunksFillRate  the percentage of the chunks' pages that are live (H2's CHUNKS_FILL_RATE)
     */
    public static boolean pays(long fileSize, int fillRate, int chunksFillRate) {
        return freed(fileSize, fillRate, chunksFillRate) >= Math.max(LEAST_FREED, fileSize / 4);
    }

    /** About how many bytes a compaction frees. */
    public static long freed(long fileSize, int fillRate, int chunksFillRate) {
        double live = fillRate / 100.0 * chunksFillRate / 100.0;
        return (long) (fileSize * (1 - live));
    }
}
