package org.callsheet.ui.visits;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReport;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.I18n;

/**
 * The customer editor's Visits tab: the customer's visits, newest first — the planned day, when it
 * was made and with what outcome, the purpose, and what the rep found and agreed.
 */
public final class CustomerVisitsPane {
    private final VisitsBackend backend;
    private final TaskRunner runner;
    private final long customerId;
    private final ObservableList<Visit> visits = FXCollections.observableArrayList();
    private final TableView<Visit> table = new TableView<>(visits);
    private final Label placeholder = new Label();
    private final String failedText;

    public CustomerVisitsPane(VisitsBackend backend, TaskRunner runner, long customerId, I18n i18n) {
        this.backend = backend;
        this.runner = runner;
        this.customerId = customerId;
        this.failedText = i18n.get("visits.customer.error");
        ZoneId zone = backend.clock().getZone();
        table.setId("customer-visits");
        placeholder.setText(i18n.get("visits.customer.empty"));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getColumns().add(column(i18n, "visits.customer.column.day", 110,
                v -> i18n.dates().date(v.slot().date())));
        table.getColumns().add(column(i18n, "visits.customer.column.done", 140, v -> v.report()
                .map(r -> i18n.dates().dateTime(r.doneAt(), zone)).orElse(i18n.get("visits.customer.planned"))));
        table.getColumns().add(column(i18n, "visits.customer.column.outcome", 100,
                v -> v.report().map(r -> VisitLabels.outcome(i18n, r.outcome())).orElse("")));
        table.getColumns().add(column(i18n, "visits.customer.column.purpose", 120, Visit::purpose));
        table.getColumns().add(column(i18n, "visits.customer.column.found", 260, v -> v.report()
                .map(CustomerVisitsPane::found).orElse("")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        refresh();
    }

    private static String found(VisitReport report) {
        return String.join(" · ", Stream.of(report.needs(), report.notes(), report.nextStep())
                .filter(s -> !s.isBlank()).toList());
    }

    private static TableColumn<Visit, String> column(I18n i18n, String key, double width,
                                                     Function<Visit, String> value) {
        TableColumn<Visit, String> c = new TableColumn<>(i18n.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    public Node node() {
        return table;
    }

    /** The visits as loaded last (newest day first). */
    public ObservableList<Visit> visits() {
        return visits;
    }

    public void refresh() {
        runner.submit(context -> newestFirst(backend.visitsOf(customerId)),
                WorkCallbacks.<List<Visit>>of(visits::setAll, error -> {
                    visits.clear();
                    placeholder.setText(failedText);
                    placeholder.getStyleClass().add(Styles.DANGER);
                }));
    }

    private static List<Visit> newestFirst(List<Visit> all) {
        return all.stream().sorted(Comparator.comparing((Visit v) -> v.slot().date()).reversed()).toList();
    }
}
