package org.callsheet.logic.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The inputs shared by every customer of one generation run. */
record DemoRun(long seed, LocalDate today, Instant stamp, List<String> reps) {
    DemoRun {
        reps = List.copyOf(reps);
    }
}
