package org.callsheet.logic.classification;

/** Progress of a reclassification, phase by phase. */
@FunctionalInterface
public interface ClassificationProgress {
    ClassificationProgress NONE = (phase, done, total) -> { };

    /** The phases of one run, in order. */
    enum Phase { READING, CLASSIFYING, WRITING }

    void update(Phase phase, long done, long total);
}
