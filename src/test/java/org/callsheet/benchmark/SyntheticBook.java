package org.callsheet.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.callsheet.persistence.Database;
import org.jooq.DSLContext;

/**
 * A large book written by SQL inside H2 for benchmarks that need its size rather than its
 * realism: customers with Chinese names, an address and notes, a contact each with a mobile, and
 * five orders each over two years. Written once under {@code path} and compacted, then reused.
 */
final class SyntheticBook {
    private static final int STEP = 100_000;

    private SyntheticBook() {
    }

    static Database openOrWrite(Path path, int customers) {
        if (Files.exists(path.resolveSibling("callsheet.mv.db"))) {
            Database db = Database.open(path);
            if (db.dsl().fetchCount(db.dsl().selectFrom("customer")) == customers) {
                return db;
            }
            db.close();
            throw new IllegalStateException("delete " + path.getParent() + ": it holds another book");
        }
        long start = System.nanoTime();
        Database db = Database.open(path);
        DSLContext dsl = db.dsl();
        for (int from = 1; from <= customers; from += STEP) {
            int to = Math.min(customers, from + STEP - 1);
            dsl.execute("INSERT INTO customer (uid, external_id, name, name_pinyin,"
                    + " name_initials, industry, address, province, city, district, owner_rep, notes, created_at,"
                    + " updated_at) SELECT RANDOM_UUID(), 'K' || X,"
                    + " ARRAY['华','申','粤','京','蜀','湘','闽','浙'][MOD(X, 8) + 1] || X"
                    + " || ARRAY['贸易','科技','五金','建材','食品','物流'][MOD(X / 8, 6) + 1] || '有限公司',"
                    + " 'kehu' || X, 'kh', ARRAY['批发','零售','制造','软件'][MOD(X, 4) + 1],"
                    + " '中山路' || MOD(X, 997) || '号', '广东省', '广州市', '越秀区',"
                    + " ARRAY['王伟','李娜','张敏'][MOD(X, 3) + 1], '客户备注 ' || RANDOM_UUID(),"
                    + " DATEADD('DAY', -MOD(X, 700), CURRENT_TIMESTAMP), CURRENT_TIMESTAMP"
                    + " FROM SYSTEM_RANGE(?, ?)", from, to);
        }
        long first = dsl.fetchOne("SELECT MIN(id) FROM customer").get(0, Long.class);
        for (int from = 0; from < customers; from += STEP) {
            int to = Math.min(customers, from + STEP) - 1;
            dsl.execute("INSERT INTO contact (uid, customer_id, name, mobile_input, mobile,"
                    + " mobile_dial, birthday, created_at, updated_at) SELECT RANDOM_UUID(), ? + X,"
                    + " ARRAY['张','王','李','陈'][MOD(X, 4) + 1] || '经理', '139' || LPAD(X, 8, '0'),"
                    + " '+86 139 ' || LPAD(X, 8, '0'), '86139' || LPAD(X, 8, '0'),"
                    + " DATEADD('DAY', -MOD(X, 15000), DATE '2000-01-01'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                    + " FROM SYSTEM_RANGE(?, ?)", first, from, to);
            for (int order = 0; order < 5; order++) {
                int nth = order;
                // one statement, one commit per step
                dsl.execute("INSERT INTO customer_order (uid, customer_id, order_date,"
                        + " amount, cost, paid_amount, created_at, updated_at) SELECT RANDOM_UUID(), ? + X,"
                        + " DATEADD('DAY', -MOD(X * 7 + ? * 131, 730), DATE '2026-11-30'),"
                        + " CAST(100 + MOD(X * 37 + ? * 11, 50000) AS DECIMAL(19, 2)),"
                        + " CAST(60 + MOD(X * 23 + ?, 30000) AS DECIMAL(19, 2)),"
                        + " CAST(100 + MOD(X * 37 + ? * 11, 50000) AS DECIMAL(19, 2)), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                        + " FROM SYSTEM_RANGE(?, ?)", first, nth, nth, nth, nth, from, to);
            }
        }
        db.compactOnClose();
        db.close();
        Report.line("wrote a book of %,d customers, %,d contacts, %,d orders in %.1f s (compacted)", customers,
                customers, 5L * customers, (System.nanoTime() - start) / 1e9);
        return Database.open(path);
    }
}
