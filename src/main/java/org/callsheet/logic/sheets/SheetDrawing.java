package org.callsheet.logic.sheets;

import java.awt.Graphics2D;

/** Draws a picture into a box of {@code width} × {@code height} at the origin of {@code g2}. */
@FunctionalInterface
public interface SheetDrawing {
    void draw(Graphics2D g2, double width, double height);
}
