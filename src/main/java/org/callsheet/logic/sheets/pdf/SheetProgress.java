package org.callsheet.logic.sheets.pdf;

/** Told after each sheet of a print: how many are done out of how many. */
@FunctionalInterface
public interface SheetProgress {
    SheetProgress NONE = (done, total) -> { };

    void sheetDone(int done, int total);
}
