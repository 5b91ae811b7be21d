package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.ClassificationTestData;
import org.callsheet.persistence.JooqCustomerRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callsheet classify} in-process on a real in-memory database; today is 2026-11-23. */
class ClassifyCommandTest {
    private final ClassificationTestData data = new ClassificationTestData();
    private long big;
    private long lapsed;

    @TempDir
    Path folder;

    @BeforeEach
    void book() {
        big = data.customer("K-1", "=甲公司, \"总部\"");
        data.order(big, "2026-06-01", "1000.00");
        data.order(big, "2026-10-01", "1000.00");
        long small = data.customer("K-2", "乙公司");
        data.order(small, "2026-09-15", "500.00");
        lapsed = data.customer(null, "丙公司");
        data.order(lapsed, "2024-05-01", "300.00");
        long prospect = data.customer("K-4", "丁公司");
        data.call(prospect, "2026-05-01", true, 3);
    }

    @AfterEach
    void close() {
        data.close();
    }

    private CliRun run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Function<DatabaseChoice, CliEnvironment> environments = database -> new DatabaseEnvironment();
        int code = CallsheetCli.run(args, environments, new PrintWriter(out), new PrintWriter(err), locale);
        return new CliRun(code, out.toString(), err.toString());
    }

    private CliRun run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    @Test
    void writesOneRowPerCustomerAndCountsPerTier() throws Exception {
        Path csv = folder.resolve("classes.csv");
        CliRun run = run("classify", "--out", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().strip()).isEqualTo("super=1 big=0 medium=0 small=1 inactive=1 prospect=1 suspect=0 other=0");
        assertThat(run.err()).contains("Classification: 4 customers classified.");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.getFirst()).isEqualTo("external_id,name,status,revenue_12m,orders_12m,recency_days,"
                + "r_score,f_score,m_score,rfm_segment,aov,quadrant,face,churn_warning,p_alive,"
                + "expected_orders_90d,clv_12m");
        assertThat(lines.get(1)).startsWith("K-1,\"'=甲公司, \"\"总部\"\"\",super,2000.00,2,53,3,3,3,important_value,"
                + "1000.00,high_value,unknown,false,");
        // a customer without external id: RFC 4180 quotes an empty first cell
        assertThat(lines.get(3)).startsWith("\"\",丙公司,inactive,0,0,,,,,,,,none,false,");
        assertThat(lines.get(4)).startsWith("K-4,丁公司,prospect,0,0,,,,,,,potential,none,false,,,");
        assertThat(data.statusColumn(big)).as("the stored classification was brought up to date")
                .isEqualTo(CustomerStatus.SUPER);
    }

    @Test
    void asOfIgnoresLaterOrdersAndChangesNothing() throws Exception {
        Path csv = folder.resolve("june.csv");
        CliRun run = run("classify", "--as-of", "2026-06-30", "--out", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().strip()).isEqualTo("super=1 big=0 medium=0 small=0 inactive=1 prospect=1 suspect=1 other=0");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).contains(",super,1000.00,1,29,");
        assertThat(lines.get(2)).startsWith("K-2,乙公司,suspect,0,0,");
        assertThat(data.statusColumn(big)).isEqualTo(CustomerStatus.SUSPECT);
        assertThat(data.service.resultsFor(big)).isEmpty();
    }

    @Test
    void aBadDateIsOneSentenceAndExitTwo() {
        CliRun run = run("classify", "--as-of", "2026-02-30");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("Invalid command line: '2026-02-30' is not a date; write it as YYYY-MM-DD, for example "
                        + "2026-06-30 (see 'callsheet classify --help').");
        assertThat(run.out()).isEmpty();

        CliRun chinese = run(Locale.SIMPLIFIED_CHINESE, "classify", "--as-of", "June");
        assertThat(chinese.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(chinese.errLines()).singleElement().asString().startsWith("命令行有误：“June”不是日期");
    }

    @Test
    void helpNamesTheOptions() {
        CliRun run = run("classify", "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: callsheet classify", "--as-of=DATE", "--out=FILE");
        assertThat(run(Locale.TRADITIONAL_CHINESE, "--help").out()).contains("classify", "為所有客戶分類");
    }

    /** The environment the app would build, on the test's in-memory database. */
    private final class DatabaseEnvironment implements CliEnvironment {
        @Override
        public BulkCustomerWriter bulkWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CustomerRepository customers() {
            return new JooqCustomerRepository(data.db.dsl(), new Pinyin(), new PhoneNormalizer());
        }

        @Override
        public Clock clock() {
            return ClassificationTestData.CLOCK;
        }

        @Override
        public String defaultRepName() {
            return "张伟";
        }

        @Override
        public ClassificationService classification() {
            return data.service;
        }
    }

    @Test
    void anOutFileThatCannotBeWrittenIsRefusedBeforeAnythingIsClassified() {
        java.nio.file.Path out = folder.resolve("missing").resolve("classes.csv");

        CliRun run = run("classify", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("Could not write the file " + out + ": the folder " + out.getParent()
                + " does not exist.");
        assertThat(run.out()).isEmpty();
        CliRun folderOut = run("classify", "--out", folder.toString());
        assertThat(folderOut.err().strip()).isEqualTo("Could not write the file " + folder + ": " + folder
                + " is a folder; name a file.");
    }
}
