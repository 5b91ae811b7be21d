package org.callsheet.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.Face;
import org.callsheet.logic.classification.rules.RepeatPurchaseForecast;
import org.callsheet.logic.classification.rules.RepeatPurchaseInputs;
import org.callsheet.logic.classification.rules.RepeatPurchaseModel;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.jooq.tables.records.CustomerClassificationRecord;

/**
 * ClassificationResult ↔ CUSTOMER_CLASSIFICATION row. Enums are stored by name. A row holds
 * nothing that moves with the as-of date (ADR 0015): instead of the recency it keeps the last
 * window order's date, instead of the repeat-purchase forecast the forecast's inputs; both are
 * turned back into the values as of the current run's date when read.
 */
final class ClassificationRecordMapper {

    ClassificationResult toModel(CustomerClassificationRecord r, boolean overridden, CurrentRun run) {
        LocalDate asOf = run.asOf();
        Integer recency = r.getLastOrderDate() == null ? null
                : (int) ChronoUnit.DAYS.between(r.getLastOrderDate(), asOf);
        RepeatPurchaseForecast f = forecast(r, run);
        CustomerClassification rules = new CustomerClassification(r.getCustomerId(),
                CustomerStatus.valueOf(r.getComputedStatus()), r.getRevenue_12m(), r.getOrders_12m(),
                recency, r.getRScore(), r.getFScore(), r.getMScore(),
                r.getRfmSegment() == null ? null : RfmSegment.valueOf(r.getRfmSegment()), r.getAov(),
                ValueQuadrant.valueOf(r.getQuadrant()), Face.valueOf(r.getFace()), r.getChurnWarning(),
                f == null ? null : finite(f.probabilityAlive()), f == null ? null : f.bucket(),
                f == null ? null : finite(f.expectedOrders()), f == null ? null : f.lifetimeValue());
        return new ClassificationResult(asOf, CustomerStatus.valueOf(r.getStatus()), overridden, rules);
    }

    private static RepeatPurchaseForecast forecast(CustomerClassificationRecord r, CurrentRun run) {
        Optional<RepeatPurchaseModel> model = run.model();
        if (model.isEmpty() || r.getFirstPurchaseDate() == null) {
            return null;
        }
        int age = (int) ChronoUnit.DAYS.between(r.getFirstPurchaseDate(), run.asOf());
        return model.get().forecast(r.getRepeatPurchases(), r.getRepeatSpanDays(), age, r.getMeanRepeatSpend());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /**
     * Fills every column of {@code r} for customer {@code i} of a run as of {@code asOf}; the same
     * record object may be reused row after row.
     */
    void fill(CustomerClassificationRecord r, CustomerClassification c, CustomerStatus effective,
              RepeatPurchaseInputs inputs, int i, long runId, LocalDate asOf) {
        r.setCustomerId(c.customerId());
        r.setRunId(runId);
        r.setStatus(effective.name());
        r.setComputedStatus(c.status().name());
        r.setRevenue_12m(c.revenue12m());
        r.setOrders_12m(c.orders12m());
        r.setLastOrderDate(c.recencyDays() == null ? null : asOf.minusDays(c.recencyDays()));
        r.setRScore((short) c.recencyScore());
        r.setFScore((short) c.frequencyScore());
        r.setMScore((short) c.monetaryScore());
        r.setRfmSegment(c.segment() == null ? null : c.segment().name());
        r.setAov(c.averageOrder());
        r.setQuadrant(c.quadrant().name());
        r.setFace(c.face().name());
        r.setChurnWarning(c.churnWarning());
        boolean bought = inputs.bought(i);
        r.setFirstPurchaseDate(bought ? asOf.minusDays(inputs.ageDays(i)) : null);
        r.setRepeatPurchases(bought ? inputs.repeatPurchases(i) : null);
        r.setRepeatSpanDays(bought ? inputs.spanDays(i) : null);
        r.setMeanRepeatSpend(bought ? inputs.meanRepeatSpend(i) : null);
        r.setResultHash(hash(c, effective, inputs, i, asOf));
    }

    /**
     * A 64-bit hash of every stored value of the row but the run id: equal hashes mean the row
     * would be written unchanged, so a reclassification leaves it alone. Dates are hashed as
     * dates (the last order's, the first purchase's), so a row whose values only moved with the
     * as-of date keeps its hash.
     */
    static long hash(CustomerClassification c, CustomerStatus effective, RepeatPurchaseInputs inputs, int i,
                     LocalDate asOf) {
        long day = asOf.toEpochDay();
        long h = RowHash.start();
        h = RowHash.add(h, effective.ordinal());
        h = RowHash.add(h, c.status().ordinal());
        h = RowHash.add(h, money(c.revenue12m()));
        h = RowHash.add(h, c.orders12m());
        h = RowHash.add(h, c.recencyDays() == null ? null : day - c.recencyDays());
        h = RowHash.add(h, c.recencyScore() * 100L + c.frequencyScore() * 10L + c.monetaryScore());
        h = RowHash.add(h, c.segment() == null ? null : (long) c.segment().ordinal());
        h = RowHash.add(h, money(c.averageOrder()));
        h = RowHash.add(h, c.quadrant().ordinal());
        h = RowHash.add(h, c.face().ordinal());
        h = RowHash.add(h, c.churnWarning() ? 1 : 0);
        if (inputs.bought(i)) {
            h = RowHash.add(h, day - inputs.ageDays(i));
            h = RowHash.add(h, inputs.repeatPurchases(i));
            h = RowHash.add(h, inputs.spanDays(i));
            h = RowHash.add(h, Double.doubleToLongBits(inputs.meanRepeatSpend(i)));
        } else {
            h = RowHash.add(h, (Long) null);
        }
        return h;
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
