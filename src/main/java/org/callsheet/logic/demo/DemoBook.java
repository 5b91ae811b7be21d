package org.callsheet.logic.demo;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.funnel.OpportunityRepository;
import org.callsheet.logic.settings.Settings;

/**
 * A demo book from start to end: the plan is noted in the settings before the first customer is
 * written and removed once the customers, the pipeline, the calls and visits are written and the
 * book is classified. A run stopped half way (cancelled, killed, a crash) leaves the note, and the
 * next run finishes the book from it: the customers from the first one missing, then the rest,
 * each record written once (see {@link DemoActivity} and {@link DemoPipeline}).
 */
public final class DemoBook {
    /** The setting holding the plan of a demo book not finished yet. */
    public static final String UNFINISHED = "demo.unfinished";

    /** What the pipeline, calls and visits added. */
    public record Extras(int opportunities, int calls, int visits) {
    }

    private final Settings settings;
    private final OpportunityRepository opportunities;
    private final DemoActivity activity;
    private final Clock clock;

    public DemoBook(Settings settings, OpportunityRepository opportunities, DemoActivity activity, Clock clock) {
        this.settings = settings;
        this.opportunities = opportunities;
        this.activity = activity;
        this.clock = clock;
    }

    /** The plan of a demo book an earlier run left unfinished. */
    public Optional<DemoPlan> unfinished() {
        return settings.get(UNFINISHED).flatMap(DemoPlan::decode);
    }

    /** Notes the plan before anything of it is written. */
    public void begin(DemoPlan plan) {
        settings.put(UNFINISHED, plan.encode());
    }

    /**
     * Writes the pipeline, calls and visits of the book's customers ({@code ids}, in the book's
     * order); with {@code finishing}, records an earlier run stored are not written again.
     */
    public Extras addExtras(long[] ids, DemoPlan plan, boolean finishing) {
        int pipeline = new DemoPipeline(opportunities, clock).generate(ids, plan.seed(), plan.reps(), finishing);
        DemoActivity.Written written = activity.generate(ids, plan);
        return new Extras(pipeline, written.calls(), written.visits());
    }

    /** Removes the note: the book is complete. */
    public void end() {
        Map<String, String> remove = new HashMap<>();
        remove.put(UNFINISHED, null);
        settings.putAll(remove);
    }
}
