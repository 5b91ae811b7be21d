package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

class CustomerRowConverterTest {
    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
    private static final List<String> HEADER = List.of("客户编号", "客户名称", "类型", "地址", "省份", "城市", "区县",
            "纬度", "经度", "标签", "联系人", "职务", "手机", "电话", "邮箱", "生日", "负责人");

    private final List<String> addressesParsed = new ArrayList<>();
    /** Stands in for the region parser: characters 1-2 are the province, 3-4 the city, 5-7 the district. */
    private final Function<String, Address> addressParser = text -> {
        addressesParsed.add(text);
        return new Address(text.substring(7), text.substring(0, 2), text.substring(2, 4), text.substring(4, 7));
    };

    private CustomerRowConverter converter(HeaderMapping mapping) {
        AtomicInteger uid = new AtomicInteger();
        return new CustomerRowConverter(mapping, new PhoneNormalizer(), addressParser,
                () -> "uid-" + uid.incrementAndGet(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private CustomerRowConverter converter() {
        return converter(new HeaderMapper().map(StandardEntities.CUSTOMERS, HEADER).mapping()
                .withDateOrder("birthday", DayMonthOrder.DAY_FIRST));
    }

    private static CsvRow row(long number, String... cells) {
        return new CsvRow(number, List.of(cells));
    }

    @Test
    void convertsAFullRowIntoCustomerAndContact() {
        RowResult<IncomingCustomer> result = converter().convert(row(2, "C001", "北京星辰科技", "公司",
                "中关村大街1号", "北京市", "北京市", "海淀区", "39.98", "116.31", "重点，制造业、重点", "王芳", "采购经理",
                "138 0013 8000", "010-6275 1234", "wang@example.cn", "25/12/1985", "李明"));

        assertThat(result.accepted()).isTrue();
        assertThat(result.problems()).isEmpty();
        Customer customer = result.value().orElseThrow().customer();
        assertThat(customer.uid()).isEqualTo("uid-1");
        assertThat(customer.id()).isNull();
        assertThat(customer.externalId()).isEqualTo("C001");
        assertThat(customer.name()).isEqualTo("北京星辰科技");
        assertThat(customer.kind()).isEqualTo(CustomerKind.COMPANY);
        assertThat(customer.address()).isEqualTo(new Address("中关村大街1号", "北京市", "北京市", "海淀区"));
        assertThat(customer.location().latitude()).isEqualByComparingTo(new BigDecimal("39.98"));
        assertThat(customer.tags()).containsExactly("重点", "制造业");
        assertThat(customer.ownerRep()).isEqualTo("李明");
        assertThat(customer.status()).isEqualTo(CustomerStatus.SUSPECT);
        assertThat(customer.createdAt()).isEqualTo(NOW);
        assertThat(addressesParsed).isEmpty();

        Contact contact = result.value().orElseThrow().contact().orElseThrow();
        assertThat(contact.name()).isEqualTo("王芳");
        assertThat(contact.title()).isEqualTo("采购经理");
        assertThat(contact.mobile().normalized()).isEqualTo("+8613800138000");
        assertThat(contact.phone().normalized()).isEqualTo("+861062751234");
        assertThat(contact.email()).isEqualTo("wang@example.cn");
        assertThat(contact.birthday()).isEqualTo(LocalDate.of(1985, 12, 25));
    }

    @Test
    void splitsTheAddressOnlyWhenNoRegionColumnIsFilled() {
        CustomerRowConverter converter = converter();
        Customer split = converter.convert(row(2, "", "甲", "", "浙江杭州西湖区文三路", "", "", "", "", "", "", "", "",
                "", "", "", "", "")).value().orElseThrow().customer();
        assertThat(addressesParsed).containsExactly("浙江杭州西湖区文三路");
        assertThat(split.address()).isEqualTo(new Address("文三路", "浙江", "杭州", "西湖区"));

        Customer kept = converter.convert(row(3, "", "乙", "", "文三路", "", "杭州市", "", "", "", "", "", "", "",
                "", "", "", "")).value().orElseThrow().customer();
        assertThat(kept.address()).isEqualTo(new Address("文三路", "", "杭州市", ""));
        assertThat(addressesParsed).hasSize(1);
    }

    @Test
    void missingNameRejectsTheRow() {
        RowResult<IncomingCustomer> result = converter().convert(row(7, "C9", " ", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", ""));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.REQUIRED_VALUE_MISSING);
            assertThat(problem.row()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo("客户名称");
        });
    }

    @Test
    void softProblemsAreWarningsOnAnAcceptedRow() {
        RowResult<IncomingCustomer> result = converter().convert(row(4, "", "丙", "外星人", "", "", "", "",
                "123", "116", "", "", "", "12", "", "not-an-email", "31/02/1990", ""));
        assertThat(result.accepted()).isTrue();
        assertThat(result.problems()).allMatch(p -> p.severity() == Severity.WARNING)
                .extracting(CsvProblem::code).containsExactlyInAnyOrder(ProblemCode.INVALID_KIND,
                        ProblemCode.COORDINATE_OUT_OF_RANGE, ProblemCode.INVALID_MOBILE, ProblemCode.INVALID_EMAIL,
                        ProblemCode.INVALID_DATE);
        IncomingCustomer incoming = result.value().orElseThrow();
        assertThat(incoming.customer().location()).isNull();
        assertThat(incoming.contact().orElseThrow().mobile().input()).isEqualTo("12");
        assertThat(incoming.contact().orElseThrow().birthday()).isNull();
    }

    @Test
    void undoesTheExportsFormulaProtectionInAnExportedFileAndReadsPersonKind() {
        HeaderMapping exported = new HeaderMapper().map(StandardEntities.CUSTOMERS, List.of("uid", "客户名称", "类型"))
                .mapping();
        Customer customer = converter(exported).convert(row(2, "u-1", "'=张三", "个人")).value().orElseThrow()
                .customer();
        assertThat(customer.name()).isEqualTo("=张三");
        assertThat(customer.kind()).isEqualTo(CustomerKind.PERSON);
        assertThat(converter().convert(row(2, "", "甲", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""))
                .value().orElseThrow().contact()).isEmpty();
    }

    @Test
    void aHandMadeFileKeepsWhatTheRepWrote() {
        HeaderMapping mapping = new HeaderMapper().map(StandardEntities.CUSTOMERS,
                List.of("客户名称", "地址", "备注", "标签", "行业")).mapping();
        CustomerRowConverter converter = new CustomerRowConverter(mapping, new PhoneNormalizer(),
                text -> new Address(text, "", "", ""), () -> "u", Clock.fixed(NOW, ZoneOffset.UTC));

        Customer customer = converter.convert(row(2, "'=1", "-5号楼", "\t\r  第一行\n第二行",
                "=HYPERLINK(\"http://x\",\"a\"),重点", "''=1")).value().orElseThrow().customer();

        assertThat(customer.name()).isEqualTo("'=1");
        assertThat(customer.industry()).isEqualTo("''=1");
        assertThat(customer.address().street()).isEqualTo("-5号楼");
        assertThat(customer.notes()).isEqualTo("\t\r  第一行\n第二行");
        assertThat(customer.tags()).containsExactly("=HYPERLINK(\"http://x\",\"a\")", "重点");
    }

    @Test
    void cellsBeyondTheHeaderRejectTheRow() {
        HeaderMapping mapping = new HeaderMapper().map(StandardEntities.CUSTOMERS, List.of("客户名称")).mapping();
        RowResult<IncomingCustomer> result = converter(mapping).convert(row(3, "甲", "多出来的"));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).code()).isEqualTo(ProblemCode.EXTRA_CELLS);
        assertThat(converter(mapping).convert(row(3, "甲", " ")).accepted()).isTrue();
    }

    private static CsvRow customerRow(long number, String id, String name, String mobile, String phone) {
        return row(number, id, name, "", "", "", "", "", "", "", "", "", "", mobile, phone, "", "", "");
    }

    @Test
    void aCoordinateOutOfRangeIsNamedAsSuchAndTheRowKeptWithoutTheLocation() {
        RowResult<IncomingCustomer> result = converter().convert(row(2, "C001", "北京星辰科技", "公司",
                "", "", "", "", "95", "116.31", "", "", "", "", "", "", "", ""));

        assertThat(result.accepted()).isTrue();
        assertThat(result.value().orElseThrow().customer().location()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.COORDINATE_OUT_OF_RANGE);
            assertThat(p.args()).containsExactly("95", 90);
        });
    }
}
