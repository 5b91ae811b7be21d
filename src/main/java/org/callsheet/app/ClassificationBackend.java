package org.callsheet.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.classification.ChurnWarning;
import org.callsheet.logic.classification.ClassificationAnalysis;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.KeyCustomerLost;
import org.callsheet.logic.classification.ParetoPoint;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.ReclassifyOutcome;
import org.callsheet.logic.classification.SegmentSummary;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.CreditRisk;
import org.callsheet.logic.classification.rules.PotentialBigCustomer;
import org.callsheet.logic.classification.rules.ServiceValue;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.JooqClassificationQueries;
import org.callsheet.ui.analysis.AnalysisBackend;

/** The Analysis screen's backend over the classification service and its stored summaries. */
final class ClassificationBackend implements AnalysisBackend {
    private final ClassificationService service;
    private final ClassificationAnalysis analysis;
    private final JooqClassificationQueries queries;

    ClassificationBackend(ClassificationService service, ClassificationAnalysis analysis,
                          JooqClassificationQueries queries) {
        this.service = service;
        this.analysis = analysis;
        this.queries = queries;
    }

    @Override
    public LocalDate today() {
        return service.today();
    }

    @Override
    public Optional<LastRun> lastRun() {
        return queries.lastRun().map(e -> new LastRun(e.getKey(), e.getValue()));
    }

    @Override
    public List<TierSummary> pyramid() {
        return analysis.pyramid();
    }

    @Override
    public List<SegmentSummary> segments() {
        return analysis.segments();
    }

    @Override
    public QuadrantChart quadrants(int maxPoints) {
        return analysis.quadrants(maxPoints);
    }

    @Override
    public List<ParetoPoint> pareto(int steps) {
        return analysis.pareto(steps);
    }

    @Override
    public List<LocalDate> snapshotDates() {
        return analysis.snapshotDates();
    }

    @Override
    public void snapshot(LocalDate asOf, ClassificationProgress progress, BooleanSupplier cancelled) {
        service.snapshot(asOf, progress, cancelled);
    }

    @Override
    public List<QuadrantMove> movement(LocalDate from, LocalDate to) {
        return analysis.movement(from, to);
    }

    @Override
    public List<CustomerRef<ChurnWarning>> churnWarnings(int limit) {
        return analysis.churnWarnings(limit);
    }

    @Override
    public List<CustomerRef<PotentialBigCustomer>> potentialBigCustomers() {
        return analysis.potentialBigCustomers();
    }

    @Override
    public List<CustomerRef<ServiceValue>> negativeValueCustomers() {
        return analysis.negativeValueCustomers();
    }

    @Override
    public List<CustomerRef<CreditRisk>> creditRisks() {
        return analysis.creditRisks();
    }

    @Override
    public List<CustomerRef<KeyCustomerLost>> keyCustomersTurnedInactive(int limit) {
        return analysis.keyCustomersTurnedInactive(limit);
    }

    @Override
    public java.util.OptionalLong reclassifyAll(LocalDate asOf, ClassificationProgress progress,
                                                BooleanSupplier cancelled) {
        ReclassifyOutcome outcome = service.reclassifyAll(asOf, progress, cancelled);
        return outcome.cancelled() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(outcome.statusChanges());
    }

    @Override
    public boolean blackFace(long customerId) {
        return service.blackFace(customerId);
    }

    @Override
    public void setBlackFace(long customerId, boolean blackFace) {
        service.setBlackFace(customerId, blackFace);
    }

    @Override
    public void override(long customerId, CustomerStatus status, String reason) {
        service.override(customerId, status, reason);
    }

    @Override
    public void clearOverride(long customerId) {
        service.clearOverride(customerId);
    }

    @Override
    public java.util.Optional<CustomerStatus> status(long customerId) {
        return service.status(customerId);
    }

    @Override
    public List<CustomerRef<ClassificationOverride>> overrides() {
        List<ClassificationOverride> overrides = service.overrides();
        java.util.Map<Long, CustomerRef<Void>> refs = queries.refs(
                overrides.stream().map(ClassificationOverride::customerId).toList());
        return overrides.stream().map(o -> {
            CustomerRef<Void> ref = refs.get(o.customerId());
            return new CustomerRef<>(o.customerId(), ref == null ? null : ref.externalId(),
                    ref == null ? null : ref.name(), o);
        }).toList();
    }

    @Override
    public List<ClassificationChange> history(long customerId) {
        return service.history(customerId);
    }

    @Override
    public Optional<CustomerResult> result(long customerId) {
        var horizons = service.settings().repeatModel();
        return service.resultsFor(customerId)
                .map(r -> new CustomerResult(r, horizons.horizonDays(), horizons.clvMonths()));
    }
}
