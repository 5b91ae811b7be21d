package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.model.Customer;
import org.junit.jupiter.api.Test;

class CallsheetCliTest {
    private final FakeCliEnvironment environment = new FakeCliEnvironment();

    @Test
    void helpListsGlobalOptionsAndCommands() {
        CliRun run = CliRun.of(environment, "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: callsheet", "--db=PATH", "data/crm.mv.db", "--version",
                "demo", "Fill an empty database");
        assertThat(run.err()).isEmpty();
        assertThat(environment.openedWith).isEmpty();
    }

    @Test
    void helpNamesEveryEntityImportAndExportHandle() {
        String help = CliRun.of(environment, "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("Import customers (with their contact), contacts, orders, calls, visits or opportunities")
                .contains("Export customers (with their first contact), contacts, orders, calls, visits, opportunities or reminders")
                .doesNotContain("customers or orders");
    }

    @Test
    void demoHelpShowsItsOptionsAndDefaults() {
        CliRun run = CliRun.of(environment, "demo", "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: callsheet demo", "--customers=N", "1 to 1,000,000", "(default: 1000)",
                "--seed=S", "--db=PATH");
    }

    @Test
    void versionComesFromTheBuild() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/callsheet/version.properties")) {
            properties.load(in);
        }
        String version = properties.getProperty("version");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
        CliRun run = CliRun.of(environment, "--version");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().strip()).isEqualTo("Callsheet " + version);
        assertThat(CliRun.of(environment, "demo", "--version").out().strip()).isEqualTo("Callsheet " + version);
    }

    @Test
    void unknownOptionIsOneSentenceAndExitTwo() {
        CliRun run = CliRun.of(environment, "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("Invalid command line:").contains("--frobnicate").endsWith("(see 'callsheet --help').");
        assertThat(run.out()).isEmpty();
        assertThat(environment.openedWith).isEmpty();
    }

    @Test
    void unknownCommandAndBadNumbersAreUsageErrors() {
        assertThat(CliRun.of(environment, "fly").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun notANumber = CliRun.of(environment, "demo", "--customers", "many");
        assertThat(notANumber.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notANumber.errLines()).singleElement().asString()
                .contains("many").endsWith("(see 'callsheet demo --help').");
        assertThat(environment.openedWith).isEmpty();
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of(environment);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("callsheet demo");
    }

    @Test
    void customersOutOfRangeWriteNothing() {
        for (String count : new String[] {"0", "-1", "1000001"}) {
            CliRun run = CliRun.of(environment, "demo", "--customers", count);
            assertThat(run.exitCode()).as(count).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).singleElement().asString()
                    .contains("between 1 and 1,000,000").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
        assertThat(environment.openedWith).isEmpty();
        assertThat(environment.batches).isEmpty();
    }

    @Test
    void demoWritesAndPrintsTheDocumentedLine() {
        CliRun run = CliRun.of(environment, "--db", "data/crm", "demo", "--customers", "2500", "--seed", "3");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("customers=2500 contacts=" + environment.writtenContacts()
                + " orders=" + environment.writtenOrders() + " opportunities=0" + System.lineSeparator());
        assertThat(environment.writtenCustomers()).isEqualTo(2500);
        assertThat(environment.batches).hasSize(2);
        assertThat(environment.openedWith).containsExactly(Optional.of(Path.of("data/crm")));
        assertThat(environment.closed).isTrue();
        assertThat(environment.batches.getFirst()).anyMatch(e -> e.customer().ownerRep().equals("张伟"));
        assertThat(run.err()).contains("Demo data: 2,000 of 2,500 customers written (80%).",
                "Demo data: 2,500 of 2,500 customers written (100%).");
    }

    @Test
    void sameSeedGivesTheSameCounts() {
        CliRun first = CliRun.of(environment, "demo", "--customers", "300", "--seed", "9");
        CliRun second = CliRun.of(new FakeCliEnvironment(), "demo", "--customers", "300", "--seed", "9");
        assertThat(first.out()).isEqualTo(second.out()).startsWith("customers=300 ");
    }

    @Test
    void databaseOptionWorksAfterTheCommandAndDropsTheFileSuffix() {
        CliRun run = CliRun.of(environment, "demo", "--customers", "5", "--db", "data/crm.mv.db");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(environment.openedWith).containsExactly(Optional.of(Path.of("data/crm")));
        CliRun defaultDb = CliRun.of(new FakeCliEnvironment(), "demo", "--customers", "5");
        assertThat(defaultDb.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void demoRefusesANonEmptyDatabase() {
        environment.customers.insert(new Customer(null, "u-1", null, "老客户", null, null, null,
                null, null, null, null, null, null, false, null, null, null), List.of());
        CliRun run = CliRun.of(environment, "demo", "--customers", "10");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString().contains("already holds 1 customers");
        assertThat(environment.batches).isEmpty();
        assertThat(environment.closed).isTrue();
    }

    @Test
    void databaseThatCannotBeOpenedIsOneSentence() {
        CliRun run = runWith(database -> {
            throw new IllegalStateException("file is locked");
        }, "--db", "x/crm", "demo");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("Could not open the database x" + File.separator + "crm: file is locked.");
    }

    @Test
    void failureWhileWritingReportsWhatWasWrittenWithoutStackTrace() {
        environment.failAfterBatches = 1;
        CliRun run = CliRun.of(environment, "demo", "--customers", "5000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).doesNotContain("at org.", "Exception");
        assertThat(run.errLines()).last().asString()
                .isEqualTo("Demo data stopped after 2,000 customers were written: disk full.");
        assertThat(run.out()).isEmpty();

        FakeCliEnvironment failsAtOnce = new FakeCliEnvironment();
        failsAtOnce.failAfterBatches = 0;
        assertThat(CliRun.of(failsAtOnce, "demo", "--customers", "10").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unexpectedErrorsAreOneSentenceToo() {
        CliRun run = runWith(database -> new FakeCliEnvironment() {
            @Override
            public CustomerRepository customers() {
                throw new UnsupportedOperationException("no repository here");
            }
        }, "demo");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("Callsheet stopped because of an error: no repository here.");
    }

    private static CliRun runWith(Function<DatabaseChoice, CliEnvironment> factory,
                                  String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, factory, new PrintWriter(out), new PrintWriter(err),
                Locale.ENGLISH);
        return new CliRun(code, out.toString(), err.toString());
    }
}
