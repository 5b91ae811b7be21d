package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_RUN;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.logic.classification.ChangeCause;
import org.callsheet.logic.classification.ChangedField;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.ClassifiedPopulation;
import org.callsheet.logic.classification.ReclassifyOutcome;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reclassification through the service on a real H2 database. Today is 2026-11-23. */
class JooqClassificationStoreTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private final ClassificationTestData data = new ClassificationTestData();
    private long a;
    private long b;
    private long c;
    private long d;
    private long e;
    private long f;
    private long g;
    private long h;

    @BeforeEach
    void book() {
        a = data.customer("A-1", "甲公司");
        data.order(a, "2026-06-01", "1000.00");
        data.order(a, "2026-10-01", "1000.00");
        b = data.customer("B-1", "乙公司");
        data.order(b, "2026-09-15", "500.00");
        c = data.customer("C-1", "丙公司");
        data.order(c, "2026-03-01", "100.00");
        d = data.customer("D-1", "丁公司");
        data.order(d, "2024-05-01", "300.00");
        e = data.customer("E-1", "戊公司");
        data.call(e, "2026-05-01", true, 5);
        f = data.customer("F-1", "己公司");
        data.call(f, "2026-05-02", false, null);
        g = data.customer("G-1", "庚公司", true);
        data.order(g, "2026-08-01", "9000.00");
        h = data.customer("H-1", "辛公司");
        data.order(h, "2026-12-10", "999.00");
    }

    @AfterEach
    void close() {
        data.close();
    }

    private ReclassifyOutcome reclassify() {
        return data.service.reclassifyAll(TODAY, ClassificationProgress.NONE, () -> false);
    }

    private List<ClassificationChange> statusChanges(long customer) {
        return data.service.history(customer).stream().filter(x -> x.what() == ChangedField.STATUS).toList();
    }

    @Test
    void aVisitThatMetTheCustomerMakesAProspectAVisitNotMetDoesNot() {
        long met = data.customer("V-1", "壬公司");
        data.visit(met, "2026-10-20", "MET");
        long notMet = data.customer("V-2", "癸公司");
        data.visit(notMet, "2026-10-21", "NOT_MET");
        long later = data.customer("V-3", "子公司");
        data.visit(later, "2026-12-01", "MET");

        reclassify();

        assertThat(data.statusColumn(met)).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(data.statusColumn(notMet)).isEqualTo(CustomerStatus.SUSPECT);
        assertThat(data.statusColumn(later)).as("met only after today").isEqualTo(CustomerStatus.SUSPECT);
        assertThat(data.statusColumn(e)).as("a connected call, as before").isEqualTo(CustomerStatus.PROSPECT);
    }

    @Test
    void reclassifyStoresResultsAndKeepsTheCustomerBookStatusInSync() {
        ReclassifyOutcome outcome = reclassify();

        assertThat(outcome.cancelled()).isFalse();
        assertThat(data.statusColumn(a)).isEqualTo(CustomerStatus.SUPER);
        assertThat(data.statusColumn(b)).isEqualTo(CustomerStatus.SMALL);
        assertThat(data.statusColumn(c)).isEqualTo(CustomerStatus.SMALL);
        assertThat(data.statusColumn(d)).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(data.statusColumn(e)).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(data.statusColumn(f)).as("an unanswered call is an attempt, not a contact")
                .isEqualTo(CustomerStatus.SUSPECT);
        assertThat(data.statusColumn(g)).isEqualTo(CustomerStatus.OTHER);
        assertThat(data.statusColumn(h)).as("its only order is dated after today").isEqualTo(CustomerStatus.SUSPECT);

        ClassificationResult result = data.service.resultsFor(a).orElseThrow();
        assertThat(result.asOf()).isEqualTo(TODAY);
        assertThat(result.rules().revenue12m()).isEqualByComparingTo("2000.00");
        assertThat(result.rules().orders12m()).isEqualTo(2);
        assertThat(result.rules().recencyDays()).isEqualTo(53);
        assertThat(result.rules().quadrant()).isEqualTo(ValueQuadrant.HIGH_VALUE);
        assertThat(result.overridden()).isFalse();
        assertThat(data.service.resultsFor(h).orElseThrow().rules().revenue12m()).isEqualByComparingTo("0");
        assertThat(outcome.statusChanges()).as("all but the two suspects changed from the default").isEqualTo(6);
        assertThat(statusChanges(a)).singleElement().satisfies(x -> {
            assertThat(x.from()).isEqualTo("SUSPECT");
            assertThat(x.to()).isEqualTo("SUPER");
            assertThat(x.cause()).isEqualTo(ChangeCause.RECLASSIFIED);
            assertThat(x.asOf()).isEqualTo(TODAY);
        });
    }

    @Test
    void historyRowsAreWrittenOnChangeOnly() {
        reclassify();
        long rowsAfterFirst = countHistory();
        ReclassifyOutcome again = reclassify();
        assertThat(again.statusChanges()).isZero();
        assertThat(again.historyRows()).isZero();
        assertThat(countHistory()).isEqualTo(rowsAfterFirst);
        assertThat(data.service.history(f)).isEmpty();

        data.order(c, "2026-11-01", "5000.00");
        ReclassifyOutcome afterOrder = data.service.afterOrdersChanged();

        assertThat(afterOrder.statusChanges()).isEqualTo(2);
        assertThat(statusChanges(c)).last().satisfies(x -> {
            assertThat(x.from()).isEqualTo("SMALL");
            assertThat(x.to()).isEqualTo("SUPER");
            assertThat(x.cause()).isEqualTo(ChangeCause.ORDERS_CHANGED);
        });
        assertThat(statusChanges(a)).last().satisfies(x -> assertThat(x.to()).isEqualTo("SMALL"));
        assertThat(statusChanges(b)).hasSize(1);
    }

    @Test
    void aRerunTheSameDayRewritesOnlyTheRowsThatChanged() {
        reclassify();
        long first = runIdOf(a);
        assertThat(runIdOf(b)).isEqualTo(first);
        data.service.override(b, CustomerStatus.BIG, "parent group buys through three branches");

        reclassify();

        long second = data.db.dsl().select(DSL.max(CLASSIFICATION_RUN.ID)).from(CLASSIFICATION_RUN).fetchOne().value1();
        assertThat(second).isGreaterThan(first);
        assertThat(runIdOf(b)).as("its status was set by hand since").isEqualTo(second);
        assertThat(runIdOf(a)).as("unchanged, so not rewritten").isEqualTo(first);
        SnapshotSet today = SnapshotSets.read(data.db.dsl(), TODAY);
        assertThat(today.statuses()[today.indexOf(b)]).isEqualTo(CustomerStatus.BIG);
        assertThat(today.size()).as("everyone who had ordered by today, as before").isEqualTo(5);

        ReclassifyOutcome nextDay = data.service.reclassifyAll(TODAY.plusDays(1), ClassificationProgress.NONE, () -> false);
        assertThat(nextDay.cancelled()).isFalse();
        assertThat(runIdOf(a)).as("only the date moved: recency and forecasts are derived when read").isEqualTo(first);
        ClassificationResult nextOfA = data.service.resultsFor(a).orElseThrow();
        assertThat(nextOfA.asOf()).isEqualTo(TODAY.plusDays(1));
        assertThat(nextOfA.rules().recencyDays()).isEqualTo(54);
        assertThat(SnapshotSets.read(data.db.dsl(), TODAY.plusDays(1)).size()).isEqualTo(5);
    }

    private long runIdOf(long customer) {
        return data.db.dsl().select(CUSTOMER_CLASSIFICATION.RUN_ID).from(CUSTOMER_CLASSIFICATION)
                .where(CUSTOMER_CLASSIFICATION.CUSTOMER_ID.eq(customer)).fetchOne().value1();
    }

    @Test
    void overridesApplyAtOnceSurviveReclassificationAndAreListed() {
        reclassify();
        data.service.override(f, CustomerStatus.PROSPECT, "  met at the trade fair ");
        data.service.override(b, CustomerStatus.BIG, "parent group buys through three branches");
        assertThat(data.statusColumn(f)).isEqualTo(CustomerStatus.PROSPECT);

        reclassify();
        data.order(b, "2026-11-20", "1.00");
        data.service.afterImport();

        assertThat(data.statusColumn(f)).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(data.statusColumn(b)).isEqualTo(CustomerStatus.BIG);
        ClassificationResult result = data.service.resultsFor(f).orElseThrow();
        assertThat(result.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(result.overridden()).isTrue();
        assertThat(result.rules().status()).isEqualTo(CustomerStatus.SUSPECT);
        assertThat(data.service.overrides()).extracting(o -> o.customerId(), o -> o.status(), o -> o.reason())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(f, CustomerStatus.PROSPECT, "met at the trade fair"),
                        org.assertj.core.groups.Tuple.tuple(b, CustomerStatus.BIG,
                                "parent group buys through three branches"));
        assertThat(statusChanges(f)).singleElement().satisfies(x -> {
            assertThat(x.cause()).isEqualTo(ChangeCause.OVERRIDE);
            assertThat(x.note()).isEqualTo("met at the trade fair");
            assertThat(x.from()).isEqualTo("SUSPECT");
        });

        data.service.clearOverride(f);
        assertThat(data.statusColumn(f)).isEqualTo(CustomerStatus.SUSPECT);
        assertThat(data.service.overrides()).hasSize(1);
        assertThat(statusChanges(f)).last().satisfies(x -> {
            assertThat(x.cause()).isEqualTo(ChangeCause.OVERRIDE_CLEARED);
            assertThat(x.to()).isEqualTo("SUSPECT");
        });
    }

    @Test
    void asOfNeverUsesLaterOrders() {
        ClassifiedPopulation june = data.service.preview(LocalDate.parse("2026-06-30"), ClassificationProgress.NONE,
                () -> false).orElseThrow();

        ClassificationResult ofA = resultOf(june, a);
        assertThat(ofA.rules().revenue12m()).isEqualByComparingTo("1000.00");
        assertThat(ofA.rules().orders12m()).isEqualTo(1);
        assertThat(resultOf(june, b).status()).as("its first order came in September").isEqualTo(CustomerStatus.SUSPECT);
        assertThat(resultOf(june, h).rules().revenue12m()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(countHistory()).as("a preview writes nothing").isZero();
        assertThat(data.statusColumn(a)).isEqualTo(CustomerStatus.SUSPECT);
    }

    @Test
    void aCancelledRunWritesNothing() {
        ReclassifyOutcome outcome = data.service.reclassifyAll(TODAY, ClassificationProgress.NONE, () -> true);
        assertThat(outcome.cancelled()).isTrue();
        assertThat(data.service.resultsFor(a)).isEmpty();
        assertThat(data.statusColumn(a)).isEqualTo(CustomerStatus.SUSPECT);
    }

    private static ClassificationResult resultOf(ClassifiedPopulation population, long customerId) {
        for (int i = 0; i < population.size(); i++) {
            if (population.result(i).customerId() == customerId) {
                return population.result(i);
            }
        }
        throw new AssertionError("no result for " + customerId);
    }

    private long countHistory() {
        return data.db.dsl().fetchCount(org.callsheet.persistence.jooq.Tables.CLASSIFICATION_CHANGE);
    }
}
