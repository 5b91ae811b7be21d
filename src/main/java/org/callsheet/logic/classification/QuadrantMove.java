package org.callsheet.logic.classification;

import org.callsheet.logic.classification.rules.ValueQuadrant;

/** How many customers moved from one quadrant to another between two snapshot dates. */
public record QuadrantMove(ValueQuadrant from, ValueQuadrant to, long customers) {
}
