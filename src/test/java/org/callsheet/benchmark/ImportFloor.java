package org.callsheet.benchmark;

import java.nio.file.Path;
import org.callsheet.persistence.Database;

/**
 * What H2 alone takes to put the customers of a CSV file into Callsheet's own tables: the file
 * loaded with CSVREAD into a plain table (the import benchmark's baseline), then one transaction
 * of plain SQL copying its rows into {@code customer} and {@code contact} with every index they
 * have, with none of the importer's work (no parsing in Java, no pinyin, no phone or address
 * rules, no duplicate matching, no undo records). No importer can be faster than this floor.
 */
final class ImportFloor {
    /** Every row without an external id, and the first row of each external id. */
    private static final String DISTINCT_ROWS = "(COALESCE(\"客户编号\", '') = '' OR _ROWID_ IN (SELECT MIN(_ROWID_)"
            + " FROM floor_src WHERE \"客户编号\" <> '' GROUP BY \"客户编号\"))";
    private static final String CUSTOMER_UID = "'00000000-0000-7000-8000-' || LPAD(CAST(s._ROWID_ AS VARCHAR), 12, '0')";

    private ImportFloor() {
    }

    /** What was measured: seconds of CSVREAD and of the copy, and the rows the copy wrote. */
    record Figures(double csvreadSeconds, double copySeconds, int customers, int contacts) {
    }

    /** Measures in a fresh database in {@code folder}. */
    static Figures measure(Path folder, Path customersCsv) throws Exception {
        try (Database db = Database.open(folder.resolve("callsheet"))) {
            long start = System.nanoTime();
            db.dsl().execute("CREATE TABLE floor_src AS SELECT * FROM CSVREAD('" + customersCsv.toAbsolutePath()
                    + "', NULL, 'charset=UTF-8')");
            double csvread = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            int[] written = new int[2];
            db.dsl().transaction(cfg -> {
                written[0] = cfg.dsl().execute("INSERT INTO customer (uid, external_id, name, name_pinyin, name_initials, industry,"
                        + " address, province, city, district, owner_rep, notes, created_at, updated_at)"
                        + " SELECT " + CUSTOMER_UID + ","
                        + " NULLIF(\"客户编号\", ''), COALESCE(NULLIF(\"客户名称\", ''), '-'), COALESCE(\"客户名称\", ''),"
                        + " LEFT(COALESCE(\"客户名称\", ''), 4), \"行业\", \"地址\", LEFT(\"地址\", 3),"
                        + " SUBSTRING(\"地址\", 4, 3), SUBSTRING(\"地址\", 7, 3), \"负责人\", \"备注\","
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM floor_src s WHERE " + DISTINCT_ROWS);
                written[1] = cfg.dsl().execute("INSERT INTO contact (uid, customer_id, name, mobile_input, mobile, mobile_dial,"
                        + " phone_input, phone, phone_dial, email, created_at, updated_at)"
                        + " SELECT '00000000-0000-7000-9000-' || LPAD(CAST(s._ROWID_ AS VARCHAR), 12, '0'), c.id,"
                        + " COALESCE(NULLIF(s.\"联系人\", ''), '-'), s.\"手机\", REPLACE(s.\"手机\", ' ', ''),"
                        + " REPLACE(s.\"手机\", ' ', ''), s.\"电话\", s.\"电话\", REPLACE(s.\"电话\", '-', ''),"
                        + " s.\"邮箱\", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                        + " FROM floor_src s JOIN customer c ON c.uid = " + CUSTOMER_UID
                        + " WHERE (s.\"联系人\" <> '' OR s.\"手机\" <> '' OR s.\"电话\" <> '')");
            });
            return new Figures(csvread, (System.nanoTime() - start) / 1e9, written[0], written[1]);
        }
    }
}
