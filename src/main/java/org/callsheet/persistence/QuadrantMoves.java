package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record1;

/**
 * How many customers went from each quadrant to each other between two snapshots: a customer
 * missing from a snapshot was potential then, one in neither is potential → potential, and a
 * customer deleted since counts in neither (as if its snapshot entries had gone with it).
 */
final class QuadrantMoves {
    private static final int FETCH_SIZE = 10_000;
    private static final int POTENTIAL = ValueQuadrant.POTENTIAL.ordinal();

    private QuadrantMoves() {
    }

    static List<QuadrantMove> between(DSLContext dsl, SnapshotSet from, SnapshotSet to) {
        int q = ValueQuadrant.values().length;
        long[][] counts = new long[q][q];
        long customers = 0;
        int a = 0;
        int b = 0;
        try (Cursor<Record1<Long>> ids = dsl.select(CUSTOMER.ID).from(CUSTOMER).orderBy(CUSTOMER.ID)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            ResultSet rs = ids.resultSet();
            while (rs.next()) {
                long id = rs.getLong(1);
                customers++;
                while (a < from.size() && from.ids()[a] < id) {
                    a++;
                }
                while (b < to.size() && to.ids()[b] < id) {
                    b++;
                }
                boolean inFrom = a < from.size() && from.ids()[a] == id;
                boolean inTo = b < to.size() && to.ids()[b] == id;
                if (inFrom || inTo) {
                    counts[inFrom ? from.quadrants()[a].ordinal() : POTENTIAL]
                            [inTo ? to.quadrants()[b].ordinal() : POTENTIAL]++;
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the customers", e);
        }
        long inEither = 0;
        for (long[] row : counts) {
            for (long n : row) {
                inEither += n;
            }
        }
        counts[POTENTIAL][POTENTIAL] += Math.max(0, customers - inEither);
        List<QuadrantMove> out = new ArrayList<>();
        ValueQuadrant[] quadrants = ValueQuadrant.values();
        for (int f = 0; f < q; f++) {
            for (int t = 0; t < q; t++) {
                if (counts[f][t] > 0) {
                    out.add(new QuadrantMove(quadrants[f], quadrants[t], counts[f][t]));
                }
            }
        }
        return out;
    }
}
