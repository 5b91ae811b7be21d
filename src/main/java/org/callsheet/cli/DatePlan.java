package org.callsheet.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.callsheet.logic.visits.DayPlan;
import org.callsheet.logic.visits.DayPlanCsv;
import org.callsheet.logic.visits.StopRouteCsv;

/** The {@code --date} form of plan-visits: the day's candidates from the database, routed and timed. */
final class DatePlan {
    private final CliContext context;
    private final PlanVisitsTexts texts;

    DatePlan(CliContext context, PlanVisitsTexts texts) {
        this.context = context;
        this.texts = texts;
    }

    int run(DatabaseChoice database, LocalDate day, Optional<String> region, Optional<double[]> start,
            Optional<Path> out) {
        try (CliEnvironment environment = context.open(database)) {
            if (region.isPresent() && !environment.dayPlans().knowsArea(region.get())) {
                throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.region", region.get().strip()));
            }
            DayPlan plan = environment.dayPlans().plan(day, region, start);
            if (out.isPresent()) {
                try (OutputStream stream = Files.newOutputStream(out.get())) {
                    DayPlanCsv.write(plan, stream, true);
                } catch (IOException | UncheckedIOException e) {
                    throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.write", out.get(),
                            CliFailureText.describeWrite(out.get(), e, context.messages())));
                }
            } else {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                DayPlanCsv.write(plan, buffer, false);
                context.out().print(buffer.toString(StandardCharsets.UTF_8));
            }
            if (plan.schedule().runsPastDayEnd()) {
                context.err().println(texts.text("plan.date.overrun", plan.routed().stream()
                        .filter(v -> plan.schedule().overrun().stream().anyMatch(s -> s.id() == v.customerId()))
                        .map(v -> v.visit().customer().name()).collect(Collectors.joining(", "))));
            }
            if (!plan.unlocated().isEmpty()) {
                context.err().println(texts.text("plan.date.unlocated", plan.unlocated().size(),
                        plan.unlocated().stream().map(p -> p.visit().customer().name())
                                .collect(Collectors.joining(", "))));
            }
            context.out().println("visits=" + plan.routed().size() + " unlocated=" + plan.unlocated().size()
                    + " km=" + StopRouteCsv.km(plan.schedule().totalKm()) + " finish=" + plan.schedule().finish());
            return ExitCodes.OK;
        }
    }
}
