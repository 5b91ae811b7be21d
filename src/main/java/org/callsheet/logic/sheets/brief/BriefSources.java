package org.callsheet.logic.sheets.brief;

/** Reads what a sales brief reports. */
@FunctionalInterface
public interface BriefSources {
    BriefFacts read(BriefRequest request);
}
