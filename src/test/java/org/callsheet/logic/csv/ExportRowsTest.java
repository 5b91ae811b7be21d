package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.Order;
import org.junit.jupiter.api.Test;

class ExportRowsTest {
    private final PhoneNormalizer phones = new PhoneNormalizer();

    private Customer customer() {
        return new Customer(5L, "u1", "C7", "=星辰科技", CustomerKind.PERSON, "制造", "50-100人",
                new Address("文三路 1 号", "浙江省", "杭州市", "西湖区"),
                new GeoPoint(new BigDecimal("30.27"), new BigDecimal("120.15")), "展会", "李明",
                List.of("重点", "回访"), "备注,含逗号\n第二行", false, null, Instant.EPOCH, Instant.EPOCH);
    }

    private Contact contact() {
        return new Contact(1L, "k1", 5L, "王芳", "经理", true, phones.normalize("+86 138 0013 8000"),
                phones.normalize("0571-8888 1234"), "wang@example.cn", LocalDate.of(1985, 12, 25),
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void customersSurviveAnExportAndImportInChinese() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EntityType entity = StandardEntities.CUSTOMERS;
        try (CsvExportWriter writer = new CsvExportWriter(out, entity, entity.fieldIds(),
                ExportOptions.defaults().gb18030().localisedHeaders(Locale.SIMPLIFIED_CHINESE))) {
            writer.write(ExportRows.customer(customer(), Optional.of(contact())));
        }
        try (CsvFile file = new CsvFileReader(CsvReadOptions.defaults()).open(new ByteArrayInputStream(out.toByteArray()))) {
            HeaderMapping mapping = new HeaderMapper().map(entity, file.header()).mapping();
            CustomerRowConverter converter = new CustomerRowConverter(mapping, phones,
                    text -> new Address(text, "", "", ""), () -> "new", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            RowResult<IncomingCustomer> result = file.rows().map(converter::convert).findFirst().orElseThrow();
            assertThat(result.problems()).isEmpty();
            Customer back = result.value().orElseThrow().customer();
            Customer original = customer();
            assertThat(back.name()).isEqualTo(original.name());
            assertThat(back.kind()).isEqualTo(CustomerKind.PERSON);
            assertThat(back.address()).isEqualTo(original.address());
            assertThat(back.location()).isEqualTo(original.location());
            assertThat(back.tags()).isEqualTo(original.tags());
            assertThat(back.notes()).isEqualTo(original.notes());
            Contact contact = result.value().orElseThrow().contact().orElseThrow();
            assertThat(contact.mobile()).isEqualTo(contact().mobile());
            assertThat(contact.phone()).isEqualTo(contact().phone());
            assertThat(contact.birthday()).isEqualTo(contact().birthday());
        }
    }

    @Test
    void ordersUsePlainAmountsAndIsoDates() {
        Order order = new Order(1L, "o1", "SO-1", 5L, LocalDate.of(2025, 3, 4), new BigDecimal("-1.20E+3"),
                null, new BigDecimal("0"), null, Instant.EPOCH, Instant.EPOCH);
        assertThat(ExportRows.order(order, "C7")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "external_id", "SO-1", "customer_external_id", "C7", "order_date", "2025-03-04",
                "amount", "-1200", "paid_amount", "0", "uid", "o1"));
    }
}
