package org.callsheet.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.persistence.Database;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What H2 alone takes to put the rows of the import benchmark's files into Callsheet's own tables
 * the way a large import does (ADR 33, 47): each file loaded with CSVREAD into a plain table (the
 * benchmark's baseline); the plain indexes taken off; one transaction of plain SQL copying its rows
 * into {@code customer} and {@code contact}, or {@code customer_order}, with their primary, unique
 * and foreign-key indexes; then the plain indexes built again — and none of the importer's work (no
 * parsing in Java, no pinyin, no phone, address, date or amount rules, no duplicate matching, no undo
 * records). No importer of this design into this schema can be faster (ADR 22, 47).
 */
final class ImportFloor {
    /** Every customer row without an external id, and the first row of each external id. */
    private static final String DISTINCT_CUSTOMERS = "(COALESCE(\"客户编号\", '') = '' OR _ROWID_ IN (SELECT"
            + " MIN(_ROWID_) FROM floor_customers WHERE \"客户编号\" <> '' GROUP BY \"客户编号\"))";
    private static final String CUSTOMER_UID = "'00000000-0000-7000-8000-' || LPAD(CAST(s._ROWID_ AS VARCHAR), 12, '0')";
    /** An order's date as yyyy/M/d, from ISO, yyyy/M/d or yyyy年M月d日. */
    private static final String ORDER_DATE =
            "REPLACE(REPLACE(REPLACE(REPLACE(o.\"下单日期\", '年', '/'), '月', '/'), '日', ''), '-', '/')";
    /** An order's amount without ¥ and thousands separators. */
    private static final String ORDER_AMOUNT = "REPLACE(REPLACE(o.\"金额（元）\", '¥', ''), ',', '')";
    /** The order rows these plain rewrites can read, first of each order number. */
    private static final String PLAIN_ORDERS = "REGEXP_LIKE(" + ORDER_DATE + ", '^[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}$')"
            + " AND REGEXP_LIKE(" + ORDER_AMOUNT + ", '^[0-9]+(\\.[0-9]{1,2})?$') AND o._ROWID_ IN (SELECT"
            + " MIN(_ROWID_) FROM floor_orders GROUP BY \"订单号\")";

    /** The plain indexes of a table, as the import takes them off, each with its CREATE INDEX. */
    private static final String PLAIN_INDEXES = "SELECT i.INDEX_NAME, 'CREATE INDEX \"' || i.INDEX_NAME || '\" ON \"'"
            + " || i.TABLE_NAME || '\" (' || (SELECT LISTAGG('\"' || c.COLUMN_NAME || '\" ' || c.ORDERING_SPECIFICATION,"
            + " ', ') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS c"
            + " WHERE c.INDEX_NAME = i.INDEX_NAME AND c.INDEX_SCHEMA = i.INDEX_SCHEMA) || ')'"
            + " FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME = ?"
            + " AND i.INDEX_TYPE_NAME = 'INDEX' AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS k"
            + " WHERE k.INDEX_SCHEMA = i.INDEX_SCHEMA AND k.INDEX_NAME = i.INDEX_NAME) ORDER BY 1";

    /**
     * Seconds of CSVREAD, of the copy without the plain indexes and of building those again, and
     * the rows the copy wrote (contacts: 0 for orders).
     */
    record Figures(double csvreadSeconds, double copySeconds, double indexSeconds, int rows, int contacts) {
        double seconds() {
            return copySeconds + indexSeconds;
        }

        double ratio() {
            return seconds() / csvreadSeconds;
        }
    }

    record Floor(Figures customers, Figures orders) {
    }

    private ImportFloor() {
    }

    /** Measures the customers, then their orders, in a fresh database in {@code folder}. */
    static Floor measure(Path folder, Path customersCsv, Path ordersCsv) {
        try (Database db = Database.open(folder.resolve("callsheet"))) {
            return new Floor(customers(db.dsl(), customersCsv, "GB18030"), orders(db.dsl(), ordersCsv));
        }
    }

    private static Figures customers(DSLContext dsl, Path csv, String charset) {
        double csvread = csvread(dsl, "floor_customers", csv, charset);
        List<String> creates = takeOff(dsl, "CUSTOMER", "CONTACT");
        long start = System.nanoTime();
        int[] written = new int[2];
        dsl.transaction(cfg -> {
            written[0] = cfg.dsl().execute("INSERT INTO customer (uid, external_id, name, name_pinyin, name_initials,"
                    + " industry, address, province, city, district, notes, created_at, updated_at)"
                    + " SELECT " + CUSTOMER_UID + ", NULLIF(\"客户编号\", ''), COALESCE(NULLIF(\"客户名称\", ''), '-'),"
                    + " COALESCE(\"客户名称\", ''), LEFT(COALESCE(\"客户名称\", ''), 4), \"所属行业\", \"详细地址\","
                    + " \"省份\", \"城市\", \"区县\", \"备注\","
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM floor_customers s WHERE " + DISTINCT_CUSTOMERS);
            written[1] = cfg.dsl().execute("INSERT INTO contact (uid, customer_id, name, mobile_input, mobile,"
                    + " mobile_dial, phone_input, phone, phone_dial, email, created_at, updated_at)"
                    + " SELECT '00000000-0000-7000-9000-' || LPAD(CAST(s._ROWID_ AS VARCHAR), 12, '0'), c.id,"
                    + " COALESCE(NULLIF(s.\"联系人\", ''), '-'), s.\"手机\", REPLACE(s.\"手机\", ' ', ''),"
                    + " REPLACE(s.\"手机\", ' ', ''), s.\"固定电话\", s.\"固定电话\","
                    + " REPLACE(s.\"固定电话\", '-', ''), NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                    + " FROM floor_customers s JOIN customer c ON c.uid = " + CUSTOMER_UID
                    + " WHERE (s.\"联系人\" <> '' OR s.\"手机\" <> '' OR s.\"固定电话\" <> '')");
        });
        double copy = (System.nanoTime() - start) / 1e9;
        return new Figures(csvread, copy, rebuild(dsl, creates), written[0], written[1]);
    }

    private static Figures orders(DSLContext dsl, Path csv) {
        double csvread = csvread(dsl, "floor_orders", csv, "UTF-8");
        List<String> creates = takeOff(dsl, "CUSTOMER_ORDER");
        long start = System.nanoTime();
        int written = dsl.transactionResult(cfg -> cfg.dsl().execute("INSERT INTO customer_order (uid, external_id,"
                + " customer_id, order_date, amount, cost, created_at, updated_at)"
                + " SELECT '00000000-0000-7000-a000-' || LPAD(CAST(o._ROWID_ AS VARCHAR), 12, '0'), o.\"订单号\", c.id,"
                + " PARSEDATETIME(" + ORDER_DATE + ", 'yyyy/M/d'), CAST(" + ORDER_AMOUNT + " AS DECIMAL(19, 2)),"
                + " CAST(NULLIF(o.\"成本\", '') AS DECIMAL(19, 2)), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                + " FROM floor_orders o JOIN customer c ON c.external_id = o.\"客户编号\" WHERE " + PLAIN_ORDERS));
        double copy = (System.nanoTime() - start) / 1e9;
        return new Figures(csvread, copy, rebuild(dsl, creates), written, 0);
    }

    /** Drops the plain indexes of the tables and returns the statements that build them again. */
    private static List<String> takeOff(DSLContext dsl, String... tables) {
        List<String> creates = new ArrayList<>();
        for (String table : tables) {
            for (Record index : dsl.fetch(PLAIN_INDEXES, table)) {
                creates.add(index.get(1, String.class));
                dsl.execute("DROP INDEX \"" + index.get(0, String.class) + "\"");
            }
        }
        return creates;
    }

    private static double rebuild(DSLContext dsl, List<String> creates) {
        long start = System.nanoTime();
        creates.forEach(dsl::execute);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double csvread(DSLContext dsl, String table, Path csv, String charset) {
        long start = System.nanoTime();
        dsl.execute("CREATE TABLE " + table + " AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath()
                + "', NULL, 'charset=" + charset + "')");
        return (System.nanoTime() - start) / 1e9;
    }
}
