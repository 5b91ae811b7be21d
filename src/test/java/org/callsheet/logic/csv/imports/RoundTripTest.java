package org.callsheet.logic.csv.imports;

import org.callsheet.logic.csv.exports.ExportRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.EncodingDetector;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, then import: the same records come back, and importing into the source changes nothing. */
class RoundTripTest {
    private final ImportFixture source = new ImportFixture();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        source.close();
    }

    private void fill() {
        Customer a = source.customers.insert(new Customer(null, UUID.randomUUID().toString(), "C-001", "深圳星辰科技有限公司",
                CustomerKind.COMPANY, "制造", "50-100人", new Address("科技园南区1号", "广东省", "深圳市", "南山区"),
                new GeoPoint(new BigDecimal("22.540500"), new BigDecimal("113.934500")), "展会", "王伟",
                List.of("重点", "华南"), "说过\"年底\"再联系,\n第二行", false, null, ImportFixture.NOW, ImportFixture.NOW),
                List.of(contact("李雷", "13800138000", "0755-26712345", "li@xc.cn", LocalDate.of(1980, 5, 1))));
        Customer b = source.customers.insert(new Customer(null, UUID.randomUUID().toString(), null, "张三",
                CustomerKind.PERSON, null, null, Address.EMPTY, null, null, null, List.of(), "=1+2 不是公式", false, null,
                ImportFixture.NOW, ImportFixture.NOW), List.of(contact("张三", "+86 139 0013 9000", null, null, null)));
        source.customers.insert(new Customer(null, UUID.randomUUID().toString(), null, "无联系人商店", null, null, null,
                new Address("", "北京市", "北京市", "朝阳区"), null, null, null, List.of("-负号开头"), null, false, null,
                ImportFixture.NOW, ImportFixture.NOW), List.of());
        order(a.id(), "SO-1", "1200.00", "800.50", LocalDate.of(2025, 4, 13));
        order(a.id(), null, "-12.50", null, LocalDate.of(2025, 5, 1));
        order(b.id(), "SO-3", "99.99", null, LocalDate.of(2025, 6, 30));
    }

    private Contact contact(String name, String mobile, String phone, String email, LocalDate birthday) {
        return new Contact(null, UUID.randomUUID().toString(), null, name, "经理", false,
                mobile == null ? null : source.phones.normalize(mobile), phone == null ? null : source.phones.normalize(phone),
                email, birthday, ImportFixture.NOW, ImportFixture.NOW);
    }

    private void order(long customerId, String externalId, String amount, String cost, LocalDate date) {
        CustomerSnapshot s = source.customers.delete(customerId).orElseThrow();
        List<Order> orders = new java.util.ArrayList<>(s.orders());
        orders.add(new Order(null, UUID.randomUUID().toString(), externalId, customerId, date, new BigDecimal(amount),
                cost == null ? null : new BigDecimal(cost), null, date.plusDays(30), ImportFixture.NOW, ImportFixture.NOW));
        source.customers.restore(new CustomerSnapshot(s.customer(), s.contacts(), orders));
    }

    private Path export(ImportFixture fx, ExportRequest request) {
        fx.exports.export(request, n -> { }, () -> false);
        return request.file();
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesTheSameData() {
        fill();
        Path customers = export(source, ExportRequest.of(StandardEntities.CUSTOMERS_ID, dir.resolve("c.csv")));
        Path orders = export(source, ExportRequest.of(StandardEntities.ORDERS_ID, dir.resolve("o.csv")));

        try (ImportFixture target = new ImportFixture()) {
            assertThat(target.importCustomers(customers, DuplicatePolicy.MERGE).counts().inserted()).isEqualTo(3);
            assertThat(target.importOrders(orders, DuplicatePolicy.MERGE).counts().inserted()).isEqualTo(3);
            assertSameData(source.everything(), target.everything());
        }
    }

    @Test
    void gb18030WithChineseHeadersRoundTripsToo() {
        fill();
        Path customers = export(source, ExportRequest.of(StandardEntities.CUSTOMERS_ID, dir.resolve("c.csv"))
                .gb18030().chineseHeaders());
        Path orders = export(source, ExportRequest.of(StandardEntities.ORDERS_ID, dir.resolve("o.csv"))
                .gb18030().chineseHeaders());

        try (ImportFixture target = new ImportFixture()) {
            CsvReadOptions gb = CsvReadOptions.defaults().withEncoding(EncodingDetector.GB18030);
            assertThat(target.imports.run(ImportRequest.of(customers, StandardEntities.CUSTOMERS).withReadOptions(gb),
                    p -> { }, () -> false).counts().inserted()).isEqualTo(3);
            assertThat(target.imports.run(ImportRequest.of(orders, StandardEntities.ORDERS).withReadOptions(gb),
                    p -> { }, () -> false).counts().inserted()).isEqualTo(3);
            assertSameData(source.everything(), target.everything());
        }
    }

    @Test
    void importingAnExportOfTheSameDatabaseChangesNothing() {
        fill();
        List<CustomerSnapshot> before = source.everything();
        Path customers = export(source, ExportRequest.of(StandardEntities.CUSTOMERS_ID, dir.resolve("c.csv")));
        Path orders = export(source, ExportRequest.of(StandardEntities.ORDERS_ID, dir.resolve("o.csv")));

        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            ImportCounts c = source.importCustomers(customers, policy).counts();
            ImportCounts o = source.importOrders(orders, policy).counts();
            assertThat(List.of(c.inserted(), c.updated(), c.merged(), c.rejected())).as(policy.name())
                    .containsOnly(0L);
            assertThat(List.of(o.inserted(), o.updated(), o.merged(), o.rejected())).as(policy.name())
                    .containsOnly(0L);
        }
        assertThat(source.everything()).isEqualTo(before);
    }

    @Test
    void sinceADayExportsOnlyRecordsUpdatedFromThatDay() throws Exception {
        fill();
        long all = source.exports.export(ExportRequest.of(StandardEntities.CUSTOMERS_ID, dir.resolve("a.csv")),
                n -> { }, () -> false);
        long none = source.exports.export(ExportRequest.of(StandardEntities.CUSTOMERS_ID, dir.resolve("n.csv"))
                .since(LocalDate.of(2026, 11, 24)), n -> { }, () -> false);

        assertThat(all).isEqualTo(3);
        assertThat(none).isZero();
        assertThat(Files.readString(dir.resolve("n.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFF").hasLineCount(1);
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        fill();
        Path target = dir.resolve("cancelled.csv");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.exports.export(
                ExportRequest.of(StandardEntities.CUSTOMERS_ID, target), n -> { }, () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static void assertSameData(List<CustomerSnapshot> expected, List<CustomerSnapshot> actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Customer e = expected.get(i).customer();
            Customer a = actual.stream().map(CustomerSnapshot::customer).filter(c -> c.uid().equals(e.uid()))
                    .findFirst().orElseThrow();
            assertThat(a).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt", "tags", "location")
                    .isEqualTo(e);
            assertThat(a.tags()).containsExactlyInAnyOrderElementsOf(e.tags());
            assertThat(a.location()).isEqualTo(e.location());
            CustomerSnapshot actualSnapshot = actual.stream().filter(s -> s.customer().uid().equals(e.uid()))
                    .findFirst().orElseThrow();
            assertThat(actualSnapshot.contacts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                    "id", "customerId", "createdAt", "updatedAt", "decisionMaker").isEqualTo(expected.get(i).contacts());
            assertThat(actualSnapshot.orders()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                    "id", "customerId", "createdAt", "updatedAt").isEqualTo(expected.get(i).orders());
        }
    }
}
