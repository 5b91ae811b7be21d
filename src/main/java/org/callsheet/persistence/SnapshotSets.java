package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_SNAPSHOT;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_SNAPSHOT_SET;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.callsheet.logic.classification.ClassificationRun;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * The classification snapshot of each as-of date (status, quadrant and 12-month revenue of every
 * customer who had ordered by then), for quadrant movement between two dates. A date's snapshot
 * is one row of classification_snapshot_set ({@link SnapshotCodec}), written in one go; snapshots
 * stored before that table existed are one row per customer in classification_snapshot and are
 * read from there until their date is written again.
 */
final class SnapshotSets {
    private static final int FETCH_SIZE = 10_000;

    private SnapshotSets() {
    }

    /** Replaces the snapshot of the run's as-of date with the run's results (potential customers left out). */
    static void write(DSLContext tx, ClassificationRun run) {
        List<CustomerClassification> all = run.population().customers();
        SnapshotSet set = new SnapshotSet(all.size());
        for (int i = 0; i < all.size(); i++) {
            CustomerClassification c = all.get(i);
            if (c.quadrant() != ValueQuadrant.POTENTIAL) {
                set.add(c.customerId(), run.effective()[i], c.quadrant(),
                        ClassificationRecordMapper.money(c.revenue12m()).unscaledValue().longValueExact());
            }
        }
        LocalDate asOf = run.asOf();
        tx.deleteFrom(CLASSIFICATION_SNAPSHOT).where(CLASSIFICATION_SNAPSHOT.AS_OF.eq(asOf)).execute();
        tx.deleteFrom(CLASSIFICATION_SNAPSHOT_SET).where(CLASSIFICATION_SNAPSHOT_SET.AS_OF.eq(asOf)).execute();
        tx.insertInto(CLASSIFICATION_SNAPSHOT_SET, CLASSIFICATION_SNAPSHOT_SET.AS_OF,
                        CLASSIFICATION_SNAPSHOT_SET.CUSTOMERS, CLASSIFICATION_SNAPSHOT_SET.DATA)
                .values(asOf, set.size(), SnapshotCodec.encode(set)).execute();
    }

    /** The dates that have a snapshot with at least one customer, newest first. */
    static List<LocalDate> dates(DSLContext dsl) {
        TreeSet<LocalDate> dates = new TreeSet<>(Comparator.reverseOrder());
        dates.addAll(dsl.select(CLASSIFICATION_SNAPSHOT_SET.AS_OF).from(CLASSIFICATION_SNAPSHOT_SET)
                .where(CLASSIFICATION_SNAPSHOT_SET.CUSTOMERS.gt(0)).fetch(CLASSIFICATION_SNAPSHOT_SET.AS_OF));
        dates.addAll(dsl.selectDistinct(CLASSIFICATION_SNAPSHOT.AS_OF).from(CLASSIFICATION_SNAPSHOT)
                .fetch(CLASSIFICATION_SNAPSHOT.AS_OF));
        return new ArrayList<>(dates);
    }

    /** The snapshot of {@code asOf}; empty (no customer) when there is none. */
    static SnapshotSet read(DSLContext dsl, LocalDate asOf) {
        byte[] data = dsl.select(CLASSIFICATION_SNAPSHOT_SET.DATA).from(CLASSIFICATION_SNAPSHOT_SET)
                .where(CLASSIFICATION_SNAPSHOT_SET.AS_OF.eq(asOf)).fetchOne(CLASSIFICATION_SNAPSHOT_SET.DATA);
        return data != null ? SnapshotCodec.decode(data) : readRows(dsl, asOf);
    }

    private static SnapshotSet readRows(DSLContext dsl, LocalDate asOf) {
        SnapshotSet set = new SnapshotSet(1024);
        try (Cursor<Record4<Long, String, String, BigDecimal>> rows = dsl
                .select(CLASSIFICATION_SNAPSHOT.CUSTOMER_ID, CLASSIFICATION_SNAPSHOT.STATUS,
                        CLASSIFICATION_SNAPSHOT.QUADRANT, CLASSIFICATION_SNAPSHOT.REVENUE_12M)
                .from(CLASSIFICATION_SNAPSHOT).where(CLASSIFICATION_SNAPSHOT.AS_OF.eq(asOf))
                .orderBy(CLASSIFICATION_SNAPSHOT.CUSTOMER_ID).fetchSize(FETCH_SIZE).fetchLazy()) {
            ResultSet rs = rows.resultSet();
            while (rs.next()) {
                set.add(rs.getLong(1), CustomerStatus.valueOf(rs.getString(2)), ValueQuadrant.valueOf(rs.getString(3)),
                        ClassificationRecordMapper.money(rs.getBigDecimal(4)).unscaledValue().longValueExact());
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the classification snapshot of " + asOf, e);
        }
        return set;
    }
}
