package org.callsheet.logic.sheets.layout;

import org.callsheet.logic.sheets.SheetDrawing;

/**
 * What a renderer draws, positioned in points from the page's top-left corner (y grows downwards).
 * Grey levels run from 0 (black) to 1 (white).
 */
public sealed interface PageItem permits PageItem.Text, PageItem.Rule, PageItem.Box, PageItem.Picture {

    /** The item moved by {@code dx}, {@code dy}. */
    PageItem moved(float dx, float dy);

    /** Text on one line, starting at {@code x} on the baseline {@code baseline}; bold is drawn by the renderer. */
    record Text(float x, float baseline, float size, boolean bold, float gray, String text) implements PageItem {
        @Override
        public Text moved(float dx, float dy) {
            return new Text(x + dx, baseline + dy, size, bold, gray, text);
        }
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float width, float gray) implements PageItem {
        @Override
        public Rule moved(float dx, float dy) {
            return new Rule(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width, gray);
        }
    }

    /** A filled rectangle (a shaded band behind a heading or a table header). */
    record Box(float x, float y, float width, float height, float gray) implements PageItem {
        @Override
        public Box moved(float dx, float dy) {
            return new Box(x + dx, y + dy, width, height, gray);
        }
    }

    /** A drawing (a chart) in the box from {@code x}, {@code y} (its top-left corner) of that size. */
    record Picture(float x, float y, float width, float height, SheetDrawing content) implements PageItem {
        @Override
        public Picture moved(float dx, float dy) {
            return new Picture(x + dx, y + dy, width, height, content);
        }
    }
}
