package org.callsheet.logic.classification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.classification.rules.Classifier;
import org.callsheet.logic.classification.rules.PopulationClassification;
import org.callsheet.model.CustomerStatus;

/**
 * Keeps every customer's classification current and queryable: reclassifies the whole book with
 * the rules of {@code logic.classify} (streaming orders from storage into primitive columns),
 * applies the reps' overrides, stores results, snapshot, status and change history in one
 * transaction, and answers the Analysis screen's summaries ({@link ClassificationAnalysis}).
 */
public final class ClassificationService {
    private final ClassificationSource source;
    private final ClassificationStore store;
    private final Supplier<ClassificationSettings> settings;
    private final Clock clock;

    public ClassificationService(ClassificationSource source, ClassificationStore store,
                                 ClassificationSettings settings, Clock clock) {
        this(source, store, () -> settings, clock);
    }

    /** Reads {@code settings} at the start of every classification, so changed thresholds apply to the next. */
    public ClassificationService(ClassificationSource source, ClassificationStore store,
                                 Supplier<ClassificationSettings> settings, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Classifies every customer as of {@code asOf} (orders after it are never read), applies the
     * overrides and stores results, snapshot, customer statuses and the history of changes in one
     * transaction. When {@code cancelled} turns true before writing, nothing is written.
     */
    public ReclassifyOutcome reclassifyAll(LocalDate asOf, ClassificationProgress progress, BooleanSupplier cancelled) {
        return reclassify(asOf, ChangeCause.RECLASSIFIED, true, progress, cancelled);
    }

    /** Reclassifies as of today after orders were added, edited or deleted. */
    public ReclassifyOutcome afterOrdersChanged() {
        return reclassify(today(), ChangeCause.ORDERS_CHANGED, true, ClassificationProgress.NONE, () -> false);
    }

    /** Reclassifies as of today after a CSV import. */
    public ReclassifyOutcome afterImport() {
        return reclassify(today(), ChangeCause.IMPORT, true, ClassificationProgress.NONE, () -> false);
    }

    /**
     * Stores only the snapshot of a past (or any) date, for quadrant movement; current results
     * and statuses stay as they are.
     */
    public ReclassifyOutcome snapshot(LocalDate asOf, ClassificationProgress progress, BooleanSupplier cancelled) {
        return reclassify(asOf, ChangeCause.RECLASSIFIED, false, progress, cancelled);
    }

    /** Classifies as of {@code asOf} without writing anything; empty when cancelled. */
    public Optional<ClassifiedPopulation> preview(LocalDate asOf, ClassificationProgress progress,
                                                  BooleanSupplier cancelled) {
        HistoryColumns columns = HistoryColumns.read(source, asOf, progress, cancelled);
        if (columns == null) {
            return Optional.empty();
        }
        // nothing but the complete population stays reachable from here on
        PopulationClassification population = applyRules(columns, asOf, progress).withForecasts();
        progress.update(ClassificationProgress.Phase.CLASSIFYING, columns.n, columns.n);
        return Optional.of(Reclassification.applyOverrides(population, overridesById()));
    }

    private ReclassifyOutcome reclassify(LocalDate asOf, ChangeCause cause, boolean current,
                                         ClassificationProgress progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(asOf, "asOf");
        HistoryColumns columns = HistoryColumns.read(source, asOf, progress, cancelled);
        if (columns == null) {
            return ReclassifyOutcome.cancelledOutcome();
        }
        RulesFirst classified = applyRules(columns, asOf, progress);
        ClassifiedPopulation rules = Reclassification.applyOverrides(classified.rules, overridesById());
        progress.update(ClassificationProgress.Phase.CLASSIFYING, columns.n, columns.n);
        if (cancelled.getAsBoolean()) {
            return ReclassifyOutcome.cancelledOutcome();
        }
        ClassificationRun run = Reclassification.run(columns, rules, Instant.now(clock), cause, current);
        progress.update(ClassificationProgress.Phase.WRITING, 0, rules.size());
        store.save(run, () -> classified.forecasts.await().model());
        ClassifiedPopulation complete = rules.withPopulation(classified.withForecasts());
        progress.update(ClassificationProgress.Phase.WRITING, complete.size(), complete.size());
        return new ReclassifyOutcome(Optional.of(complete), run.statusUpdates().size(), run.changes().size());
    }

    private Map<Long, ClassificationOverride> overridesById() {
        Map<Long, ClassificationOverride> overrides = new HashMap<>();
        store.overrides().forEach(o -> overrides.put(o.customerId(), o));
        return overrides;
    }

    /** The rules' results, and the forecasts being made beside them. */
    private record RulesFirst(PopulationClassification rules, BackgroundTask<Classifier.Forecasts> forecasts) {
        PopulationClassification withForecasts() {
            return forecasts.await().addTo(rules);
        }
    }

    /**
     * Classifies by the rules on this thread while the repeat-purchase model is fitted and the
     * forecasts made on a second core (ADR 0020); drops the order columns when the rules are done.
     */
    private RulesFirst applyRules(HistoryColumns columns, LocalDate asOf, ClassificationProgress progress) {
        progress.update(ClassificationProgress.Phase.CLASSIFYING, 0, columns.n);
        Classifier.Pending pending = new Classifier(settings.get()).classifyDeferringForecasts(columns.histories(), asOf);
        BackgroundTask<Classifier.Forecasts> forecasts = BackgroundTask.start("classification-forecasts",
                pending::forecasts);
        PopulationClassification rules = pending.rules();
        columns.releaseOrders();
        return new RulesFirst(rules, forecasts);
    }

    /**
     * Sets a customer's status by hand, with the reason. It is applied at once, listed in
     * {@link #overrides()} and wins over every later reclassification until cleared.
     */
    public void override(long customerId, CustomerStatus status, String reason) {
        Objects.requireNonNull(status, "status");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        CustomerStatus before = store.status(customerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
        Instant now = Instant.now(clock);
        ClassificationChange change = before == status ? null
                : new ClassificationChange(customerId, ChangedField.STATUS, before.name(), status.name(), now,
                today(), ChangeCause.OVERRIDE, reason.strip());
        store.putOverride(new ClassificationOverride(customerId, status, reason.strip(), now), change);
    }

    /** The rep's 黑脸 flag: kept for brand or influence (docs/domain.md §5). */
    public boolean blackFace(long customerId) {
        return store.blackFace(customerId);
    }

    /** Sets or clears the 黑脸 flag; the face follows at the next classification. */
    public void setBlackFace(long customerId, boolean blackFace) {
        store.setBlackFace(customerId, blackFace);
    }

    /** Removes a customer's override; the status the rules gave it (if classified) applies again. */
    public void clearOverride(long customerId) {
        if (store.override(customerId).isEmpty()) {
            return;
        }
        CustomerStatus before = store.status(customerId).orElseThrow();
        CustomerStatus restored = store.resultFor(customerId).map(r -> r.rules().status()).orElse(before);
        ClassificationChange change = before == restored ? null
                : new ClassificationChange(customerId, ChangedField.STATUS, before.name(), restored.name(),
                Instant.now(clock), today(), ChangeCause.OVERRIDE_CLEARED, null);
        store.removeOverride(customerId, restored, change);
    }

    /** External id and name of every customer, ascending id (the order of a classified population). */
    public void forEachCustomerLabel(ClassificationSource.LabelSink sink) {
        source.forEachCustomerLabel(sink);
    }

    /** The customer's current status (an override included); empty when there is no such customer. */
    public Optional<CustomerStatus> status(long customerId) {
        return store.status(customerId);
    }

    public List<ClassificationOverride> overrides() {
        return store.overrides();
    }

    /** The customer's class changes, oldest first. */
    public List<ClassificationChange> history(long customerId) {
        return store.history(customerId);
    }

    /** The customer's stored classification; empty before the first reclassification. */
    public Optional<ClassificationResult> resultsFor(long customerId) {
        return store.resultFor(customerId);
    }

    /** The settings the next classification uses (thresholds, forecast and CLV horizons). */
    public ClassificationSettings settings() {
        return settings.get();
    }
}
