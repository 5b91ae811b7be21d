package org.callsheet.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.callsheet.logic.csv.CsvMessages;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.UnreadableCsvException;
import org.callsheet.logic.routing.RouteSolver;
import org.callsheet.logic.visits.MissingColumnsException;
import org.callsheet.logic.visits.StopFile;
import org.callsheet.logic.visits.StopFileReader;
import org.callsheet.logic.visits.StopProblem;
import org.callsheet.logic.visits.StopRoute;
import org.callsheet.logic.visits.StopRouteCsv;
import org.callsheet.logic.visits.StopRouter;

/** The {@code --stops} form of plan-visits: read the points, route them, write the list. */
final class StopsPlan {
    private final CliContext context;
    private final PlanVisitsTexts texts;
    private final CsvMessages csv;

    StopsPlan(CliContext context, PlanVisitsTexts texts) {
        this.context = context;
        this.texts = texts;
        this.csv = new CsvMessages(context.messages().locale());
    }

    int run(Path file, Optional<double[]> start, boolean open, Optional<Path> out) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.unreadable", file));
        }
        StopFile stops = read(file);
        for (StopProblem problem : stops.rejected()) {
            context.err().println(csv.text("csv.at.row.column", problem.row(), problem.column(),
                    texts.text("plan.stops.reason." + problem.reason().name().toLowerCase(java.util.Locale.ROOT),
                            problem.value())));
        }
        StopRoute route = new StopRouter(new RouteSolver()).route(stops.stops(), start, open);
        if (out.isPresent()) {
            writeFile(route, out.get());
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            StopRouteCsv.write(route, buffer, false);
            context.out().print(buffer.toString(StandardCharsets.UTF_8));
        }
        if (!stops.rejected().isEmpty()) {
            context.err().println(texts.text("plan.stops.rejected", stops.rejected().stream()
                    .map(StopProblem::row).distinct().count()));
        }
        context.out().println("stops=" + route.stops().size() + " km=" + StopRouteCsv.km(route.totalKm()));
        return stops.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private StopFile read(Path file) {
        try {
            return new StopFileReader(CsvReadOptions.defaults()).read(file);
        } catch (UnreadableCsvException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.csv", file, csv.describe(e.problem())));
        } catch (MissingColumnsException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.columns", file,
                    String.join(", ", e.fields())));
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.unreadable", file));
        }
    }

    private void writeFile(StopRoute route, Path path) {
        try (OutputStream stream = Files.newOutputStream(path)) {
            StopRouteCsv.write(route, stream, true);
        } catch (IOException | UncheckedIOException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.write", path,
                    CliFailureText.describeWrite(path, e, context.messages())));
        }
    }
}
