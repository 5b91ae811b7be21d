package org.callsheet.logic.funnel;

import java.time.ZoneId;

/** The funnel figures of the stored opportunities, for a period and owner. */
public final class FunnelService {
    private final OpportunityRepository repository;
    private final ZoneId zone;

    public FunnelService(OpportunityRepository repository, ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
    }

    public FunnelFigures figures(FunnelFilter filter) {
        FunnelTally tally = new FunnelTally();
        repository.forEachFunnelEntry(entry -> {
            if (filter.matches(entry, zone)) {
                tally.add(entry);
            }
        });
        return tally.figures();
    }
}
