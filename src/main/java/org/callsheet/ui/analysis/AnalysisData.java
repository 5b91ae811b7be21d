package org.callsheet.ui.analysis;

import java.util.List;
import java.util.Optional;
import org.callsheet.logic.classification.ChurnWarning;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.KeyCustomerLost;
import org.callsheet.logic.classification.ParetoPoint;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.SegmentSummary;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.CreditRisk;
import org.callsheet.logic.classification.rules.PotentialBigCustomer;
import org.callsheet.logic.classification.rules.ServiceValue;

/** Everything the Analysis screen shows at once, read in one background job. */
record AnalysisData(Optional<AnalysisBackend.LastRun> lastRun, List<TierSummary> pyramid,
                    List<SegmentSummary> segments, QuadrantChart quadrants, List<ParetoPoint> pareto,
                    List<CustomerRef<ChurnWarning>> churn, List<CustomerRef<PotentialBigCustomer>> potentialBig,
                    List<CustomerRef<ServiceValue>> negativeValue, List<CustomerRef<CreditRisk>> creditRisk,
                    List<CustomerRef<KeyCustomerLost>> keyLost,
                    List<CustomerRef<ClassificationOverride>> overrides) {

    static final int QUADRANT_POINTS = 2000;
    static final int PARETO_STEPS = 20;
    static final int LIST_LIMIT = 200;

    static AnalysisData read(AnalysisBackend backend) {
        return new AnalysisData(backend.lastRun(), backend.pyramid(), backend.segments(),
                backend.quadrants(QUADRANT_POINTS), backend.pareto(PARETO_STEPS), backend.churnWarnings(LIST_LIMIT),
                limit(backend.potentialBigCustomers()), limit(backend.negativeValueCustomers()),
                limit(backend.creditRisks()), backend.keyCustomersTurnedInactive(LIST_LIMIT), backend.overrides());
    }

    private static <T> List<T> limit(List<T> list) {
        return list.size() <= LIST_LIMIT ? list : List.copyOf(list.subList(0, LIST_LIMIT));
    }
}
