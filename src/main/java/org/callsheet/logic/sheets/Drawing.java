package org.callsheet.logic.sheets;

import java.util.Objects;

/**
 * A picture (a chart) of {@code width} × {@code height} points, drawn by {@code content} with
 * Java2D; a layout narrows it, keeping its proportions, when the page is narrower. Each renderer
 * hands it the Graphics2D of its medium: the PDF's vector graphics, an image, the screen.
 */
public record Drawing(float width, float height, SheetDrawing content) implements Block {
    public Drawing {
        Objects.requireNonNull(content, "content");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a drawing needs a size: " + width + " × " + height);
        }
    }
}
