package org.callsheet.logic.sheets;

/**
 * One piece of a sheet's content, laid out from top to bottom. The page model knows no drawing
 * library: a layout step turns blocks into positioned text and rules, which renderers draw.
 */
public sealed interface Block permits Heading, Paragraph, FieldGrid, Table, WritingLines, Spacer, Drawing {
}
