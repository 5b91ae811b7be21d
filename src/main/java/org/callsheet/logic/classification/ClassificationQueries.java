package org.callsheet.logic.classification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.classification.rules.CustomerHistory;
import org.callsheet.logic.classification.rules.ReportingWindow;

/** Read-only summaries of the stored classification for the Analysis screen. */
public interface ClassificationQueries {

    /** Customers and revenue per status, every status present in the results. */
    List<TierSummary> pyramid();

    List<SegmentSummary> segments();

    /** Up to {@code limit} scored customers, highest revenue first, and the medians of the latest run. */
    QuadrantChart quadrants(int limit);

    /** The as-of dates that have a snapshot, newest first. */
    List<LocalDate> snapshotDates();

    /** Quadrants of one snapshot date; customers missing from it had not ordered yet (potential). */
    List<QuadrantMove> movement(LocalDate from, LocalDate to);

    /** 12-month revenues of the current customers, highest first, as a primitive array. */
    long[] revenueCentsDescending();

    List<CustomerRef<ChurnWarning>> churnWarnings(int limit);

    List<CustomerRef<KeyCustomerLost>> keyCustomersTurnedInactive(int limit);

    /** Histories (orders and call dates) of the customers with a strong stated need in a connected call. */
    List<CustomerHistory> strongNeedHistories(int minInterestLevel);

    /**
     * Histories of the customers that can cost more than they bring in the window: those with
     * a call in it or an order sold below cost (orders and calls of the window only).
     */
    List<CustomerHistory> serviceCostCandidates(ReportingWindow window);

    /** Histories holding only the orders (with paid amount and due date) overdue at {@code asOf}. */
    List<CustomerHistory> overdueHistories(LocalDate asOf);

    /** External id and name of the given customers. */
    Map<Long, CustomerRef<Void>> refs(List<Long> customerIds);
}
