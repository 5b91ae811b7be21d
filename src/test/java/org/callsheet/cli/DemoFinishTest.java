package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.demo.DemoBook;
import org.callsheet.logic.demo.DemoPlan;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.model.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A demo run stopped half way leaves a note; the next run finishes that book as the first would have. */
class DemoFinishTest {
    private final DemoBookCliEnvironment stopped = new DemoBookCliEnvironment();
    private final DemoBookCliEnvironment whole = new DemoBookCliEnvironment();

    @AfterEach
    void close() {
        stopped.database.close();
        whole.database.close();
    }

    private static CliRun run(DemoBookCliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, path -> environment, new PrintWriter(out), new PrintWriter(err),
                Locale.ENGLISH);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void theNextRunFinishesTheStoppedBookExactlyAsAWholeRunWritesIt() {
        stopped.failOnBatch = 1;
        CliRun first = run(stopped, "demo", "--customers", "2600", "--seed", "5");

        assertThat(first.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(first.err()).contains("The next demo run finishes this demo book.");
        assertThat(stopped.customers.count()).isEqualTo(2000);
        assertThat(stopped.settings.get(DemoBook.UNFINISHED)).contains("2600;5;张伟|王芳|李娜|刘洋|陈静");
        assertThat(classified(stopped)).isFalse();

        // other arguments do not matter: the book is finished as it was begun
        CliRun second = run(stopped, "demo", "--customers", "10", "--seed", "99");
        CliRun reference = run(whole, "demo", "--customers", "2600", "--seed", "5");

        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.errLines()).first().isEqualTo(
                "An earlier demo run stopped after 2,000 of 2,600 customers (seed 5); finishing that demo book.");
        assertThat(second.out()).startsWith("customers=600 ");
        assertThat(stopped.settings.get(DemoBook.UNFINISHED)).isEmpty();
        assertThat(stopped.customers.count()).isEqualTo(whole.customers.count()).isEqualTo(2600);
        assertThat(uids(stopped)).isEqualTo(uids(whole));
        assertThat(stopped.opportunities.search(OpportunityFilter.all())).hasSameSizeAs(
                whole.opportunities.search(OpportunityFilter.all()));
        assertThat(stopped.calls.search(CallFilter.ALL)).extracting(Call::uid)
                .containsExactlyInAnyOrderElementsOf(whole.calls.search(CallFilter.ALL).stream().map(Call::uid).toList());
        assertThat(classified(stopped)).isTrue();
        assertThat(reference.exitCode()).isZero();

        CliRun third = run(stopped, "demo");
        assertThat(third.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(third.errLines()).singleElement().asString().contains("already holds 2,600 customers");
    }

    @Test
    void extrasStoppedHalfWayAreNotWrittenTwice() {
        CliRun first = run(whole, "demo", "--customers", "300", "--seed", "8");
        assertThat(first.exitCode()).isZero();
        int calls = whole.calls.search(CallFilter.ALL).size();
        int opportunities = whole.opportunities.search(OpportunityFilter.all()).size();
        // as if the run had been killed after writing the calls: the note is still there
        DemoBook book = whole.demoBook().orElseThrow();
        book.begin(new DemoPlan(300, 8, List.of("张伟", "王芳", "李娜", "刘洋", "陈静")));

        CliRun again = run(whole, "demo");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("customers=0 contacts=0 orders=0 opportunities=" + opportunities
                + " calls=0 visits=0");
        assertThat(whole.calls.search(CallFilter.ALL)).hasSize(calls);
        assertThat(whole.opportunities.search(OpportunityFilter.all())).hasSize(opportunities);
        assertThat(whole.demoBook().flatMap(DemoBook::unfinished)).isEqualTo(Optional.empty());
    }

    private static long[] ids(DemoBookCliEnvironment environment) {
        return environment.customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT);
    }

    private static List<String> uids(DemoBookCliEnvironment environment) {
        return Arrays.stream(ids(environment)).mapToObj(id -> environment.customers.findById(id).orElseThrow().uid())
                .sorted().toList();
    }

    private static boolean classified(DemoBookCliEnvironment environment) {
        return environment.classification.resultsFor(ids(environment)[0]).isPresent();
    }
}
