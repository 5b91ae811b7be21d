package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.classification.ClassificationThreshold;
import org.callsheet.logic.classification.ThresholdValues;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqSettingsRepository;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import org.callsheet.cli.CallsheetCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the real database, wired as the launcher wires it. */
class AppCliEnvironmentTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CallsheetCli.run(args, AppCliEnvironment::open, new PrintWriter(out), new PrintWriter(err), Locale.ENGLISH);
    }

    @Test
    void demoFillsTheChosenDatabaseFile() {
        Path db = folder.resolve("crm");

        int code = run("--db", db.toString(), "demo", "--customers", "40", "--seed", "3");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("customers=40");
        assertThat(err.toString()).contains("Classification: 40 customers classified.",
                "Classification: 40 results stored.");
        assertThat(Files.exists(folder.resolve("crm.mv.db"))).isTrue();
    }

    @Test
    void classifyUsesTheThresholdsChosenInSettings() {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "200", "--seed", "5")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--db", db.toString(), "classify")).isZero();
        int superBefore = superCount();

        try (Database database = Database.open(db)) {
            new ClassificationSettingsStore(new Settings(new JooqSettingsRepository(database.dsl()))).write(
                    ThresholdValues.of(ClassificationSettings.DEFAULTS,
                            Map.of(ClassificationThreshold.PYRAMID_SUPER, new BigDecimal("0.10"))));
        }
        out.getBuffer().setLength(0);
        assertThat(run("--db", db.toString(), "classify")).as(err.toString()).isZero();

        // 10% instead of 1% of the current customers are super customers now
        assertThat(superCount()).isGreaterThanOrEqualTo(5 * superBefore).isGreaterThan(superBefore);
    }

    @Test
    void aCustomerMarkedBlackFaceIsClassifiedSo() throws Exception {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "60", "--seed", "8")).isZero();
        String externalId;
        try (Database database = Database.open(db)) {
            var first = database.dsl().select(CUSTOMER.ID, CUSTOMER.EXTERNAL_ID).from(CUSTOMER).orderBy(CUSTOMER.ID)
                    .limit(1).fetchOne();
            externalId = first.value2();
            new org.callsheet.persistence.JooqClassificationStore(database.dsl()).setBlackFace(first.value1(), true);
        }
        Path csv = folder.resolve("classes.csv");

        assertThat(run("--db", db.toString(), "classify", "--out", csv.toString())).as(err.toString()).isZero();

        String header = Files.readAllLines(csv).get(0).replace("\uFEFF", "");
        int face = java.util.Arrays.asList(header.split(",")).indexOf("face");
        String row = Files.readAllLines(csv).stream().filter(l -> l.startsWith(externalId + ",")).findFirst()
                .orElseThrow();
        assertThat(row.split(",", -1)[face]).isEqualTo("black");
    }

    private int superCount() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("super=(\\d+)").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsOneClearSentence() throws Exception {
        Path db = folder.resolve("busy");
        Path opened = folder.resolve("opened");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), db.toString(),
                opened.toString()).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(opened) && other.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(opened).exists();

            int code = run("--db", db.toString(), "demo", "--customers", "5");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString().strip()).contains("is open in another Callsheet window").doesNotContain("\n")
                    .doesNotContain("Exception");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void classifyRunsOnTheDemoBookAndPrintsTheTiers() {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "300", "--seed", "5")).isZero();

        int code = run("--db", db.toString(), "classify", "--out", folder.resolve("classes.csv").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("super=\\d+ big=\\d+ medium=\\d+ small=\\d+");
        assertThat(folder.resolve("classes.csv")).exists();
    }

    @Test
    void anImportedCustomerWithRevenueIsClassifiedAtOnce() throws Exception {
        Path db = folder.resolve("crm");
        Path customers = folder.resolve("customers.csv");
        Path orders = folder.resolve("orders.csv");
        Files.writeString(customers, "客户编号,客户名称,手机\nK1,北京科技有限公司,13800138000\n");
        Files.writeString(orders, "订单号,客户编号,下单日期,金额\nO1,K1," + java.time.LocalDate.now().minusDays(3) + ",1200\n");

        assertThat(run("--db", db.toString(), "import", "customers", customers.toString())).as(err.toString()).isZero();
        assertThat(run("--db", db.toString(), "import", "orders", orders.toString())).as(err.toString()).isZero();

        try (AppContext context = AppContext.open(db)) {
            assertThat(context.customers.findByExternalId("K1").orElseThrow().status())
                    .isEqualTo(org.callsheet.model.CustomerStatus.SUPER);
        }
    }

    @Test
    void agendaPrintsTheDay() {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "50", "--seed", "5")).isZero();

        assertThat(run("--db", db.toString(), "agenda", "--date", "2026-12-31")).as(err.toString()).isZero();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedClearly() throws Exception {
        Files.writeString(folder.resolve("junk.mv.db"), "not a database at all");

        int code = run("--db", folder.resolve("junk").toString(), "demo", "--customers", "5");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("is not a Callsheet database");
    }
}
