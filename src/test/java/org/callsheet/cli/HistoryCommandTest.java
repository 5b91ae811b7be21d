package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code callsheet history} in-process over a real database in memory. */
class HistoryCommandTest {
    private H2CliEnvironment environment;

    @BeforeEach
    void setUp() {
        environment = new H2CliEnvironment();
        Customer c = environment.add("KH-1", "北京科技", CustomerStatus.SMALL, new Address("", "北京市", "北京市", "海淀区"));
        Customer renamed = new Customer(c.id(), c.uid(), c.externalId(), "北京科技集团", c.kind(), c.industry(),
                c.sizeClass(), new Address("中关村大街1号", "北京市", "北京市", "海淀区"), c.location(), c.source(),
                c.ownerRep(), c.tags(), "老客户, 说\"年底采购\"", c.noNeed(), c.status(), c.createdAt(),
                H2CliEnvironment.CLOCK.instant().plusSeconds(3_600));
        environment.customers.update(renamed, environment.customers.contactsOf(c.id()), "王芳");
        environment.add("KH-2", "上海贸易", CustomerStatus.BIG, Address.EMPTY);
    }

    @AfterEach
    void tearDown() {
        environment.database.close();
    }

    private Result run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, environment.factory(), new PrintWriter(out), new PrintWriter(err), locale);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void printsTheChangedFieldsAsCsv() {
        Result r = run(Locale.ENGLISH, "history", "--customer", "KH-1", "--format", "csv");

        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("changed_at,who,field,old,new");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                "2026-03-02T10:00:00+08:00,王芳,name,北京科技,北京科技集团",
                "2026-03-02T10:00:00+08:00,王芳,address,,中关村大街1号",
                "2026-03-02T10:00:00+08:00,王芳,notes,,\"老客户, 说\"\"年底采购\"\"\"");
    }

    @Test
    void printsTextInTheUsersLanguageAndACustomerWithoutChanges() {
        Result zh = run(Locale.SIMPLIFIED_CHINESE, "history", "--customer", "KH-1");
        assertThat(zh.out()).contains("2026-03-02 10:00  王芳  名称: 北京科技 → 北京科技集团")
                .contains("2026-03-02 10:00  王芳  地址: （空） → 中关村大街1号")
                .contains("北京科技集团：共 3 条修改。");

        Result en = run(Locale.ENGLISH, "history", "--customer", "KH-2");
        assertThat(en.code()).isZero();
        assertThat(en.out()).isEqualTo("No change of 上海贸易.\n");
    }

    @Test
    void anUnknownCustomerIsNamedWithExitTwo() {
        Result r = run(Locale.ENGLISH, "history", "--customer", "KH-9");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No customer has the id KH-9.");
        assertThat(r.out()).isEmpty();
    }
}
