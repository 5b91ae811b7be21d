package org.callsheet.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classify.CustomerClassification;
import org.callsheet.logic.classify.Face;
import org.callsheet.logic.classify.RepurchaseBucket;
import org.callsheet.logic.classify.RfmSegment;
import org.callsheet.logic.classify.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.jooq.tables.records.CustomerClassificationRecord;

/** ClassificationResult ↔ CUSTOMER_CLASSIFICATION row. Enums are stored by name. */
final class ClassificationRecordMapper {

    ClassificationResult toModel(CustomerClassificationRecord r, boolean overridden) {
        CustomerClassification rules = new CustomerClassification(r.getCustomerId(),
                CustomerStatus.valueOf(r.getComputedStatus()), r.getRevenue_12m(), r.getOrders_12m(),
                r.getRecencyDays(), r.getRScore(), r.getFScore(), r.getMScore(),
                r.getRfmSegment() == null ? null : RfmSegment.valueOf(r.getRfmSegment()), r.getAov(),
                ValueQuadrant.valueOf(r.getQuadrant()), Face.valueOf(r.getFace()), r.getChurnWarning(),
                r.getPAlive(), r.getRepurchase() == null ? null : RepurchaseBucket.valueOf(r.getRepurchase()),
                r.getExpectedOrders_90d(), r.getClv_12m());
        return new ClassificationResult(r.getAsOf(), CustomerStatus.valueOf(r.getStatus()), overridden, rules);
    }

    /** Fills every column of {@code r}; the same record object may be reused row after row. */
    void fill(CustomerClassificationRecord r, CustomerClassification c, CustomerStatus effective, long runId,
              LocalDate asOf) {
        r.setCustomerId(c.customerId());
        r.setRunId(runId);
        r.setAsOf(asOf);
        r.setStatus(effective.name());
        r.setComputedStatus(c.status().name());
        r.setRevenue_12m(c.revenue12m());
        r.setOrders_12m(c.orders12m());
        r.setRecencyDays(c.recencyDays());
        r.setRScore((short) c.recencyScore());
        r.setFScore((short) c.frequencyScore());
        r.setMScore((short) c.monetaryScore());
        r.setRfmSegment(c.segment() == null ? null : c.segment().name());
        r.setAov(c.averageOrder());
        r.setQuadrant(c.quadrant().name());
        r.setFace(c.face().name());
        r.setChurnWarning(c.churnWarning());
        r.setPAlive(c.probabilityAlive());
        r.setExpectedOrders_90d(c.expectedOrders90d());
        r.setClv_12m(c.clv12m() == null ? null : c.clv12m().setScale(2, RoundingMode.HALF_UP));
        r.setRepurchase(c.repurchase() == null ? null : c.repurchase().name());
        r.setResultHash(hash(c, effective, asOf));
    }

    /**
     * A 64-bit hash of every stored value of the row but the run id: equal hashes mean the row
     * would be written unchanged, so a reclassification leaves it alone.
     */
    static long hash(CustomerClassification c, CustomerStatus effective, LocalDate asOf) {
        long h = RowHash.start();
        h = RowHash.add(h, asOf.toEpochDay());
        h = RowHash.add(h, effective.ordinal());
        h = RowHash.add(h, c.status().ordinal());
        h = RowHash.add(h, money(c.revenue12m()));
        h = RowHash.add(h, c.orders12m());
        h = RowHash.add(h, c.recencyDays() == null ? null : c.recencyDays().longValue());
        h = RowHash.add(h, c.recencyScore() * 100L + c.frequencyScore() * 10L + c.monetaryScore());
        h = RowHash.add(h, c.segment() == null ? null : (long) c.segment().ordinal());
        h = RowHash.add(h, money(c.averageOrder()));
        h = RowHash.add(h, c.quadrant().ordinal());
        h = RowHash.add(h, c.face().ordinal());
        h = RowHash.add(h, c.churnWarning() ? 1 : 0);
        h = RowHash.add(h, c.probabilityAlive());
        h = RowHash.add(h, c.expectedOrders90d());
        h = RowHash.add(h, money(c.clv12m()));
        h = RowHash.add(h, c.repurchase() == null ? null : (long) c.repurchase().ordinal());
        return h;
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
