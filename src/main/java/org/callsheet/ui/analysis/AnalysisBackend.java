package org.callsheet.ui.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.classification.ChurnWarning;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.KeyCustomerLost;
import org.callsheet.logic.classification.ParetoPoint;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.SegmentSummary;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.CreditRisk;
import org.callsheet.logic.classification.rules.PotentialBigCustomer;
import org.callsheet.logic.classification.rules.ServiceValue;
import org.callsheet.model.CustomerStatus;

/**
 * What the Analysis screen asks of the classification: summaries, lists, reclassification and
 * overrides. Called off the UI thread. The app implements it over the classification service.
 */
public interface AnalysisBackend {

    LocalDate today();

    /** When the current results were written and for which as-of date; empty before the first run. */
    Optional<LastRun> lastRun();

    List<TierSummary> pyramid();

    List<SegmentSummary> segments();

    QuadrantChart quadrants(int maxPoints);

    List<ParetoPoint> pareto(int steps);

    List<LocalDate> snapshotDates();

    /** Stores the snapshot of a date (for movement) without changing the current results. */
    void snapshot(LocalDate asOf, ClassificationProgress progress, BooleanSupplier cancelled);

    List<QuadrantMove> movement(LocalDate from, LocalDate to);

    List<CustomerRef<ChurnWarning>> churnWarnings(int limit);

    List<CustomerRef<PotentialBigCustomer>> potentialBigCustomers();

    List<CustomerRef<ServiceValue>> negativeValueCustomers();

    List<CustomerRef<CreditRisk>> creditRisks();

    List<CustomerRef<KeyCustomerLost>> keyCustomersTurnedInactive(int limit);

    /**
     * Classifies every customer as of {@code asOf}; returns how many customers changed status, or
     * empty when cancelled (then nothing was written).
     */
    java.util.OptionalLong reclassifyAll(LocalDate asOf, ClassificationProgress progress, BooleanSupplier cancelled);

    void override(long customerId, CustomerStatus status, String reason);

    /** The rep's 黑脸 flag of the customer. */
    boolean blackFace(long customerId);

    /** Sets or clears the 黑脸 flag; the face follows at the next classification. */
    void setBlackFace(long customerId, boolean blackFace);

    void clearOverride(long customerId);

    /** The customer's status as the customer book has it now (an override included); empty when gone. */
    Optional<CustomerStatus> status(long customerId);

    /** The reps' manual statuses with the customers' names. */
    List<CustomerRef<ClassificationOverride>> overrides();

    List<ClassificationChange> history(long customerId);

    /** The customer's current classification with the horizons of its forecasts; empty before it is classified. */
    Optional<CustomerResult> result(long customerId);

    /**
     * One customer's stored classification; its expected orders cover the next {@code forecastDays}
     * days and its lifetime value the next {@code clvMonths} months.
     */
    record CustomerResult(ClassificationResult result, int forecastDays, int clvMonths) {
    }

    /** The time of the last run and the as-of date it classified. */
    record LastRun(Instant at, LocalDate asOf) {
    }
}
