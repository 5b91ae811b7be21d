package org.callsheet.logic.classification.rules;

/** A customer's R, F and M scores (1–5) and the resulting segment. */
public record RfmScore(int recency, int frequency, int monetary, RfmSegment segment) {
}
