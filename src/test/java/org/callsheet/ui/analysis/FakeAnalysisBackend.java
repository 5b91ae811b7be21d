package org.callsheet.ui.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.classification.ChangeCause;
import org.callsheet.logic.classification.ChangedField;
import org.callsheet.logic.classification.ChurnWarning;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.KeyCustomerLost;
import org.callsheet.logic.classification.ParetoPoint;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.QuadrantPoint;
import org.callsheet.logic.classification.SegmentSummary;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.CreditRisk;
import org.callsheet.logic.classification.rules.PotentialBigCustomer;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ServiceValue;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;

/** An in-memory classification with a small, fixed book; records what the screen asked it to do. */
final class FakeAnalysisBackend implements AnalysisBackend {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    final List<LocalDate> reclassifiedAsOf = new ArrayList<>();
    final List<LocalDate> snapshots = new ArrayList<>(List.of(TODAY));
    final List<ClassificationOverride> overrides = new ArrayList<>();
    final java.util.Map<Long, List<ClassificationChange>> history = new java.util.HashMap<>();
    final java.util.Map<Long, CustomerStatus> statuses = new java.util.HashMap<>();
    final java.util.Map<Long, CustomerStatus> rulesStatus = new java.util.HashMap<>();
    boolean cancelReclassification;
    boolean failReclassification;
    /** Runs while a reclassification is under way (after its first progress report). */
    Runnable duringReclassification = () -> { };
    boolean failReading;
    Optional<LastRun> lastRun = Optional.of(new LastRun(Instant.parse("2026-03-02T07:30:00Z"), TODAY));
    List<TierSummary> pyramid = List.of(
            new TierSummary(CustomerStatus.SUPER, 1, new BigDecimal("500000.00"), new BigDecimal("0.5000")),
            new TierSummary(CustomerStatus.BIG, 4, new BigDecimal("300000.00"), new BigDecimal("0.3000")),
            new TierSummary(CustomerStatus.MEDIUM, 15, new BigDecimal("150000.00"), new BigDecimal("0.1500")),
            new TierSummary(CustomerStatus.SMALL, 80, new BigDecimal("50000.00"), new BigDecimal("0.0500")),
            new TierSummary(CustomerStatus.INACTIVE, 30, BigDecimal.ZERO, BigDecimal.ZERO));

    @Override
    public LocalDate today() {
        return TODAY;
    }

    @Override
    public Optional<LastRun> lastRun() {
        return lastRun;
    }

    @Override
    public List<TierSummary> pyramid() {
        if (failReading) {
            throw new IllegalStateException("database closed");
        }
        return pyramid;
    }

    @Override
    public List<SegmentSummary> segments() {
        return List.of(new SegmentSummary(RfmSegment.IMPORTANT_VALUE, 12, new BigDecimal("600000.00")),
                new SegmentSummary(RfmSegment.GENERAL_RETAIN, 40, new BigDecimal("20000.00")));
    }

    @Override
    public QuadrantChart quadrants(int maxPoints) {
        List<QuadrantPoint> points = List.of(
                new QuadrantPoint(1, new BigDecimal("9000.00"), 12, ValueQuadrant.HIGH_VALUE),
                new QuadrantPoint(2, new BigDecimal("300.00"), 20, ValueQuadrant.FREQUENT_SMALL),
                new QuadrantPoint(3, new BigDecimal("200.00"), 1, ValueQuadrant.LOW_VALUE));
        return new QuadrantChart(points.subList(0, Math.min(maxPoints, points.size())), 3,
                new BigDecimal("300.00"), new BigDecimal("12"));
    }

    @Override
    public List<ParetoPoint> pareto(int steps) {
        return List.of(new ParetoPoint(0, 0), new ParetoPoint(0.2, 0.8), new ParetoPoint(1, 1));
    }

    @Override
    public List<LocalDate> snapshotDates() {
        return List.copyOf(snapshots);
    }

    @Override
    public void snapshot(LocalDate asOf, ClassificationProgress progress, BooleanSupplier cancelled) {
        progress.update(ClassificationProgress.Phase.READING, 5, 10);
        snapshots.add(asOf);
    }

    @Override
    public List<QuadrantMove> movement(LocalDate from, LocalDate to) {
        return List.of(new QuadrantMove(ValueQuadrant.POTENTIAL, ValueQuadrant.LOW_VALUE, 7),
                new QuadrantMove(ValueQuadrant.LOW_VALUE, ValueQuadrant.HIGH_VALUE, 2),
                new QuadrantMove(ValueQuadrant.HIGH_VALUE, ValueQuadrant.HIGH_VALUE, 0));
    }

    @Override
    public List<CustomerRef<ChurnWarning>> churnWarnings(int limit) {
        return List.of(new CustomerRef<>(11, "C-11", "北京科技有限公司",
                new ChurnWarning(CustomerStatus.BIG, new BigDecimal("88000.00"), 120)));
    }

    @Override
    public List<CustomerRef<PotentialBigCustomer>> potentialBigCustomers() {
        return List.of(new CustomerRef<>(12, "C-12", "杭州茶叶店",
                new PotentialBigCustomer(12, LocalDate.of(2026, 2, 20), null)));
    }

    @Override
    public List<CustomerRef<ServiceValue>> negativeValueCustomers() {
        return List.of();
    }

    @Override
    public List<CustomerRef<CreditRisk>> creditRisks() {
        List<CustomerRef<CreditRisk>> out = new ArrayList<>();
        for (int i = 0; i < AnalysisData.LIST_LIMIT + 5; i++) {
            out.add(new CustomerRef<>(100 + i, "R-" + i, "客户" + i,
                    new CreditRisk(100 + i, new BigDecimal("1000.00"), 1, 30)));
        }
        return out;
    }

    @Override
    public List<CustomerRef<KeyCustomerLost>> keyCustomersTurnedInactive(int limit) {
        return List.of(new CustomerRef<>(13, "C-13", "上海贸易公司",
                new KeyCustomerLost(CustomerStatus.SUPER, Instant.parse("2026-03-01T08:00:00Z"), TODAY)));
    }

    @Override
    public java.util.OptionalLong reclassifyAll(LocalDate asOf, ClassificationProgress progress,
                                                BooleanSupplier cancelled) {
        progress.update(ClassificationProgress.Phase.READING, 1, 2);
        duringReclassification.run();
        if (failReclassification) {
            throw new IllegalStateException("the database is gone");
        }
        progress.update(ClassificationProgress.Phase.WRITING, 2, 2);
        if (cancelReclassification) {
            return java.util.OptionalLong.empty();
        }
        reclassifiedAsOf.add(asOf);
        lastRun = Optional.of(new LastRun(Instant.parse("2026-03-02T08:00:00Z"), asOf));
        return java.util.OptionalLong.of(3);
    }

    final java.util.Set<Long> blackFaces = new java.util.HashSet<>();
    final java.util.Map<Long, CustomerResult> results = new java.util.HashMap<>();

    @Override
    public Optional<CustomerResult> result(long customerId) {
        return Optional.ofNullable(results.get(customerId));
    }

    @Override
    public boolean blackFace(long customerId) {
        return blackFaces.contains(customerId);
    }

    @Override
    public void setBlackFace(long customerId, boolean blackFace) {
        if (blackFace) {
            blackFaces.add(customerId);
        } else {
            blackFaces.remove(customerId);
        }
    }

    @Override
    public void override(long customerId, CustomerStatus status, String reason) {
        overrides.removeIf(o -> o.customerId() == customerId);
        overrides.add(new ClassificationOverride(customerId, status, reason, Instant.parse("2026-03-02T08:00:00Z")));
        changeStatus(customerId, status, ChangeCause.OVERRIDE, reason);
    }

    @Override
    public void clearOverride(long customerId) {
        overrides.removeIf(o -> o.customerId() == customerId);
        changeStatus(customerId, rulesStatus.getOrDefault(customerId, CustomerStatus.SUSPECT),
                ChangeCause.OVERRIDE_CLEARED, null);
    }

    /** Like the service: the status changes and, when it differs, a history row is added. */
    private void changeStatus(long customerId, CustomerStatus to, ChangeCause cause, String note) {
        CustomerStatus from = statuses.getOrDefault(customerId, CustomerStatus.SUSPECT);
        statuses.put(customerId, to);
        if (from != to) {
            List<ClassificationChange> rows = new ArrayList<>(history.getOrDefault(customerId, List.of()));
            rows.add(new ClassificationChange(customerId, ChangedField.STATUS, from.name(), to.name(),
                    Instant.parse("2026-03-02T08:00:00Z").plusSeconds(rows.size()), LocalDate.of(2026, 3, 2), cause, note));
            history.put(customerId, rows);
        }
    }

    @Override
    public Optional<CustomerStatus> status(long customerId) {
        return Optional.of(statuses.getOrDefault(customerId, CustomerStatus.SUSPECT));
    }

    @Override
    public List<CustomerRef<ClassificationOverride>> overrides() {
        return overrides.stream().map(o -> new CustomerRef<>(o.customerId(), "C-" + o.customerId(),
                "客户" + o.customerId(), o)).toList();
    }

    @Override
    public List<ClassificationChange> history(long customerId) {
        return history.getOrDefault(customerId, List.of());
    }
}
