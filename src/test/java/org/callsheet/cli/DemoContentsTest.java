package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityRow;
import org.callsheet.model.Call;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the demo book holds besides customers and orders: calls with visit opportunities, visits, a pipeline. */
class DemoContentsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final DemoBookCliEnvironment environment = new DemoBookCliEnvironment();

    @AfterEach
    void close() {
        environment.database.close();
    }

    @Test
    void callsNoteVisitOpportunitiesAroundTodayVisitsArePlannedAndMadeAndThePipelineWinsAndLoses() {
        StringWriter out = new StringWriter();
        int code = CallsheetCli.run(new String[] {"demo", "--customers", "1000", "--seed", "3"}, path -> environment,
                new PrintWriter(out), new PrintWriter(new StringWriter()), Locale.ENGLISH);
        assertThat(code).isZero();

        List<Call> calls = environment.calls.search(CallFilter.ALL);
        List<Call> opportunities = calls.stream().filter(Call::visitOpportunity).toList();
        assertThat(calls).hasSizeBetween(150, 400).allSatisfy(c -> assertThat(c.startedAt())
                .isBefore(DemoBookCliEnvironment.CLOCK.instant()));
        assertThat(opportunities).hasSizeGreaterThan(10);
        assertThat(opportunities).filteredOn(c -> c.proposedVisitDate() != null)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.proposedVisitDate()).isBetween(TODAY.minusDays(60), TODAY.plusDays(14)))
                .anySatisfy(c -> assertThat(c.proposedVisitDate()).isAfterOrEqualTo(TODAY));
        assertThat(calls).anySatisfy(c -> assertThat(c.needs()).isNotBlank());

        List<Visit> visits = opportunities.stream().map(Call::customerId).distinct()
                .flatMap(id -> environment.visits.ofCustomer(id).stream()).toList();
        assertThat(visits).anySatisfy(v -> {
            assertThat(v.done()).isFalse();
            assertThat(v.slot().date()).isAfterOrEqualTo(TODAY);
        });
        assertThat(visits).anySatisfy(v -> {
            assertThat(v.report()).get().extracting(r -> r.outcome()).isEqualTo(VisitOutcome.MET);
            assertThat(v.slot().date()).isBefore(TODAY);
        });

        List<Opportunity> pipeline = environment.opportunities.search(OpportunityFilter.all()).stream()
                .map(OpportunityRow::opportunity).toList();
        assertThat(pipeline).hasSize(200);
        assertThat(pipeline).anyMatch(o -> o.state().status() == OpportunityStatus.WON)
                .anyMatch(o -> o.state().status() == OpportunityStatus.LOST && !o.state().lostReason().isBlank());
        for (Stage stage : List.of(Stage.LEAD, Stage.OPPORTUNITY, Stage.QUOTE, Stage.NEGOTIATION)) {
            assertThat(pipeline).as(stage.code()).anyMatch(o -> o.isOpen() && o.stage() == stage);
        }
        assertThat(environment.opportunities.history(pipeline.getFirst().id())).isNotEmpty();
        assertThat(out.toString()).endsWith("opportunities=200 calls=" + calls.size() + " visits=" + visits.size()
                + System.lineSeparator());
    }
}
