package org.callsheet.logic.sheets;

/** Vertical space of {@code points} (1/72 inch). */
public record Spacer(float points) implements Block {
}
