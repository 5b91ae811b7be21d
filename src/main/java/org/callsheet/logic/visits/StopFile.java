package org.callsheet.logic.visits;

import java.util.List;

/** What a stops file held: the usable stops in file order and the rows left out. */
public record StopFile(List<Stop> stops, List<StopProblem> rejected) {
    public StopFile {
        stops = List.copyOf(stops);
        rejected = List.copyOf(rejected);
    }
}
