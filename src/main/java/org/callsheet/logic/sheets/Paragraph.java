package org.callsheet.logic.sheets;

/** Running text, wrapped to the page width; line breaks in the text are kept. */
public record Paragraph(String text) implements Block {
    public Paragraph {
        text = text == null ? "" : text;
    }
}
