package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.model.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportUndoTest {
    private static final String HEADER = "客户编号,客户名称,行业,来源,标签,联系人,手机,电话,纬度,经度\n";
    private final ImportFixture fx = new ImportFixture();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void undoRestoresUpdatedAndMergedRecordsExactlyAndRemovesInsertedOnes() throws Exception {
        fx.store("C1", "甲", "13800138000", null, List.of("老客", "华南"));
        fx.store("C2", "乙", null, "010-65529988", List.of());
        fx.importOrders(ImportFixture.write(dir, "o.csv", "订单号,客户编号,下单日期,金额\nSO-1,C1,2025-04-13,100\n"),
                DuplicatePolicy.MERGE);
        List<CustomerSnapshot> before = fx.everything();

        ImportResult update = fx.importCustomers(ImportFixture.write(dir, "u.csv", HEADER
                + "C1,甲新,制造,网络,新标签,韩梅梅,13800138000,0755-26712345,22.5,114.05\n"
                + "C2,乙,零售,,,赵六,13700137000,,,\n"
                + "C3,丙,,,,,,,,\n"), DuplicatePolicy.UPDATE);
        assertThat(update.counts()).isEqualTo(new ImportCounts(3, 1, 2, 0, 0, 0, 0));
        assertThat(fx.everything()).isNotEqualTo(before);
        ImportResult orders = fx.importOrders(ImportFixture.write(dir, "o2.csv",
                "订单号,客户编号,下单日期,金额,成本\nSO-1,C1,2025-04-13,120,50\nSO-2,C3,2025-05-01,80,\n"),
                DuplicatePolicy.MERGE);
        assertThat(orders.counts()).isEqualTo(new ImportCounts(2, 1, 0, 1, 0, 0, 0));

        UndoResult refused = fx.imports.undo(update.batchId().orElseThrow());
        assertThat(refused.outcome()).isEqualTo(UndoResult.Outcome.LATER_BATCH);
        assertThat(new ImportTexts(Locale.ENGLISH).undo(refused)).contains("Undo import " + orders.batchId().orElseThrow());

        assertThat(fx.imports.undoLast().done()).isTrue();
        UndoResult undone = fx.imports.undo(update.batchId().orElseThrow());
        assertThat(undone.done()).isTrue();
        assertThat(undone.restored()).isEqualTo(2);
        assertThat(undone.deleted()).isEqualTo(1);
        assertThat(fx.everything()).isEqualTo(before);
        assertThat(fx.imports.undo(update.batchId().orElseThrow()).outcome())
                .isEqualTo(UndoResult.Outcome.ALREADY_UNDONE);
        assertThat(fx.imports.undo(999).outcome()).isEqualTo(UndoResult.Outcome.NOT_FOUND);
        assertThat(fx.store.batch(update.batchId().orElseThrow()).orElseThrow().undone()).isTrue();
    }

    @Test
    void undoingACustomerImportIsRefusedWhileLaterOrdersHangOnItsNewCustomers() throws Exception {
        ImportResult customers = fx.importCustomers(ImportFixture.write(dir, "c.csv", HEADER + "C9,新,,,,,,,,\n"),
                DuplicatePolicy.MERGE);
        ImportResult orders = fx.importOrders(ImportFixture.write(dir, "o.csv",
                "订单号,客户编号,下单日期,金额\nSO-9,C9,2025-04-13,100\n"), DuplicatePolicy.MERGE);

        UndoResult refused = fx.imports.undo(customers.batchId().orElseThrow());

        assertThat(refused.outcome()).isEqualTo(UndoResult.Outcome.LATER_BATCH);
        assertThat(refused.args()).containsExactly(customers.batchId().orElseThrow(), orders.batchId().orElseThrow());
        assertThat(fx.orderCount()).isEqualTo(1);
        assertThat(fx.imports.undo(orders.batchId().orElseThrow()).done()).isTrue();
        assertThat(fx.imports.undo(customers.batchId().orElseThrow()).done()).isTrue();
        assertThat(fx.customers.count()).isZero();
        assertThat(fx.imports.undoLast().outcome()).isEqualTo(UndoResult.Outcome.NOTHING_TO_UNDO);
    }

    @Test
    void aLaterImportThatChangedACustomerThisOneInsertedBlocksItsUndo() throws Exception {
        ImportResult first = fx.importCustomers(ImportFixture.write(dir, "c.csv", HEADER
                + "C7,七,,,,,,,,\nC8,八,,,,,,,,\nC9,九,,,,,,,,\n"), DuplicatePolicy.MERGE);
        ImportResult second = fx.importCustomers(ImportFixture.write(dir, "c2.csv", HEADER + "C8,八,制造,,,,,,,\n"),
                DuplicatePolicy.MERGE);
        assertThat(second.counts().merged()).isEqualTo(1);

        UndoResult refused = fx.imports.undo(first.batchId().orElseThrow());

        assertThat(refused.outcome()).isEqualTo(UndoResult.Outcome.LATER_BATCH);
        assertThat(refused.args()).containsExactly(first.batchId().orElseThrow(), second.batchId().orElseThrow());
        assertThat(fx.imports.undo(second.batchId().orElseThrow()).done()).isTrue();
        UndoResult undone = fx.imports.undo(first.batchId().orElseThrow());
        assertThat(undone.deleted()).isEqualTo(3);
        assertThat(fx.customers.count()).isZero();
    }

    @Test
    void mergedContactValuesComeBackToo() throws Exception {
        Customer c1 = fx.store("C1", "甲", "13800138000", null, List.of());
        List<CustomerSnapshot> before = fx.everything();
        ImportResult merge = fx.importCustomers(ImportFixture.write(dir, "m.csv", HEADER
                + "C1,甲,制造,,,李雷,13800138000,010-65529988,,\n"), DuplicatePolicy.MERGE);
        assertThat(merge.counts().merged()).isEqualTo(1);
        assertThat(fx.customers.contactsOf(c1.id()).get(0).phone().isEmpty()).isFalse();

        assertThat(fx.imports.undo(merge.batchId().orElseThrow()).done()).isTrue();

        assertThat(fx.everything()).isEqualTo(before);
    }
}
