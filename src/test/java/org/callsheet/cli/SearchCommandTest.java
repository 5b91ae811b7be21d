package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code callsheet search} in-process over a real database in memory. */
class SearchCommandTest {
    private H2CliEnvironment environment;

    @BeforeEach
    void setUp() {
        environment = new H2CliEnvironment();
        environment.add("北京重庆饭店", CustomerStatus.SMALL);
        environment.add("重庆长江物流有限公司", CustomerStatus.BIG);
        environment.add("厦门长城贸易", CustomerStatus.SUSPECT);
        environment.add("上海贸易公司", CustomerStatus.PROSPECT);
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
    void printsTheMatchesBestFirstAsCsv() {
        Result r = run(Locale.ENGLISH, "search", "chongqing", "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).containsExactly(
                "external_id,name,status,city,district,mobile,phone",
                ",重庆长江物流有限公司,big,,,13800138000,",
                ",北京重庆饭店,small,,,13800138000,");
    }

    @Test
    void findsPlaceNamesByTheirReadingInContextAndByInitials() {
        assertThat(names(run(Locale.ENGLISH, "search", "xiamen", "--format", "csv"))).containsExactly("厦门长城贸易");
        assertThat(names(run(Locale.ENGLISH, "search", "cqcj", "--format", "csv"))).containsExactly("重庆长江物流有限公司");
        assertThat(names(run(Locale.ENGLISH, "search", "changjiang", "--format", "csv")))
                .containsExactly("重庆长江物流有限公司");
        assertThat(names(run(Locale.ENGLISH, "search", "贸易", "--format", "csv")))
                .containsExactly("上海贸易公司", "厦门长城贸易");
    }

    @Test
    void limitCutsTheListAndTheTextSaysHowManyWereFound() {
        Result r = run(Locale.ENGLISH, "search", "13800", "--limit", "2");

        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getLast()).isEqualTo("2 customers shown of 4 found.");
        assertThat(lines.getFirst()).contains("  13800138000  -");
    }

    @Test
    void textIsInTheUsersLanguage() {
        Result r = run(Locale.SIMPLIFIED_CHINESE, "search", "xiamen");

        assertThat(r.out()).contains("厦门长城贸易", "共找到 1 个客户，显示 1 个。");
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "search", "nothing").out()).contains("没有与 nothing 匹配的客户。");
    }

    @Test
    void aLimitBelowOneIsRefusedWithExitTwo() {
        Result r = run(Locale.ENGLISH, "search", "bj", "--limit", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("The limit 0 is not a number of customers");
    }

    private static List<String> names(Result r) {
        return r.out().lines().skip(1).map(line -> line.split(",")[1]).toList();
    }
}
