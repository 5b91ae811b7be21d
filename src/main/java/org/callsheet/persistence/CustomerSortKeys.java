package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.callsheet.logic.classify.CustomerClassification;
import org.callsheet.logic.classify.RfmSegment;
import org.callsheet.logic.classify.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * The classification's sort keys on the customer table (segment, quadrant and churn ranks, see
 * migration 5.2; the status rank of 5.7 is written with the status), brought up to date by a reclassification where they changed. A rank is the
 * enum's position (the order the product lists them, best first; the migration's backfill uses
 * the same order); churn is 0 for a warning, 1 for none.
 */
final class CustomerSortKeys {
    private static final int NONE = -1;

    private CustomerSortKeys() {
    }

    /** The status's sort key (migration 5.7): its position in the product's order, super first. */
    static short statusRank(CustomerStatus status) {
        return (short) status.ordinal();
    }

    static Short segmentRank(RfmSegment segment) {
        return segment == null ? null : (short) segment.ordinal();
    }

    static short quadrantRank(ValueQuadrant quadrant) {
        return (short) quadrant.ordinal();
    }

    static short churnRank(boolean warning) {
        return (short) (warning ? 0 : 1);
    }

    /** Updates the customers (ascending id in {@code results}) whose stored keys differ; returns how many. */
    static int update(DSLContext tx, List<CustomerClassification> results) {
        ChunkedBatch batch = new ChunkedBatch(tx, tx.update(CUSTOMER)
                .set(CUSTOMER.SEGMENT_RANK, (Short) null).set(CUSTOMER.QUADRANT_RANK, (Short) null)
                .set(CUSTOMER.CHURN_RANK, (Short) null).where(CUSTOMER.ID.eq((Long) null)));
        int i = 0;
        int n = results.size();
        int updated = 0;
        try (Cursor<Record4<Long, Short, Short, Short>> cursor = tx
                .select(CUSTOMER.ID, CUSTOMER.SEGMENT_RANK, CUSTOMER.QUADRANT_RANK, CUSTOMER.CHURN_RANK)
                .from(CUSTOMER).orderBy(CUSTOMER.ID).fetchSize(10_000).fetchLazy()) {
            ResultSet rs = cursor.resultSet();
            while (rs.next() && i < n) {
                long id = rs.getLong(1);
                while (i < n && results.get(i).customerId() < id) {
                    i++;
                }
                if (i == n || results.get(i).customerId() != id) {
                    continue;
                }
                CustomerClassification c = results.get(i);
                Short segment = segmentRank(c.segment());
                int storedSegment = valueOrNone(rs, 2);
                int storedQuadrant = valueOrNone(rs, 3);
                int storedChurn = valueOrNone(rs, 4);
                if (storedSegment != (segment == null ? NONE : segment)
                        || storedQuadrant != quadrantRank(c.quadrant()) || storedChurn != churnRank(c.churnWarning())) {
                    batch.bind(segment, quadrantRank(c.quadrant()), churnRank(c.churnWarning()), id);
                    updated++;
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the customers' sort keys", e);
        }
        batch.flush();
        return updated;
    }

    private static int valueOrNone(ResultSet rs, int column) throws SQLException {
        int value = rs.getShort(column);
        return rs.wasNull() ? NONE : value;
    }
}
