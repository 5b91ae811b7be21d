package org.callsheet.benchmark;

import java.sql.ResultSet;
import java.time.LocalDate;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqClassificationSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("benchmark")
class ClassifyScratchBenchmark {
    @Test
    void parts() throws Exception {
        try (Database db = BenchmarkDatabase.openOrGenerate(100000)) {
            JooqClassificationSource s = new JooqClassificationSource(db.dsl(), BenchmarkDatabase.CLOCK.getZone());
            for (int round = 0; round < 2; round++) {
                long t = System.nanoTime();
                long[] n = {0};
                s.forEachCustomer((id, nn, fc, st, q, seg) -> n[0]++);
                Report.line("customers %d: %.2f s", n[0], (System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                n[0] = 0;
                s.forEachOrder(LocalDate.parse("2026-11-23"), (id, d, a, c) -> n[0] += a);
                Report.line("orders: %.2f s", (System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                n[0] = 0;
                try (var cursor = db.dsl().resultQuery("select customer_id, DATEDIFF(DAY, DATE '1970-01-01', order_date), cast(amount * 100 as bigint), cast(cost*100 as bigint) from customer_order where order_date <= DATE '2026-11-23'").fetchLazy()) {
                    ResultSet rs = cursor.resultSet();
                    while (rs.next()) {
                        n[0] += rs.getLong(1) + rs.getInt(2) + rs.getLong(3) + rs.getLong(4);
                    }
                }
                Report.line("resultset orders: %.2f s", (System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                db.dsl().resultQuery("select customer_id, sum(amount), count(*), max(order_date) from customer_order group by customer_id").fetchLazy().forEach(r -> n[0]++);
                Report.line("group by: %.2f s", (System.nanoTime() - t) / 1e9);
            }
        }
    }
}
