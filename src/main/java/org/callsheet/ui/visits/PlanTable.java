package org.callsheet.ui.visits;

import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.util.converter.DefaultStringConverter;
import org.callsheet.logic.visits.DaySchedule;
import org.callsheet.logic.visits.TimedStop;
import org.callsheet.ui.i18n.I18n;

/**
 * The day's stops in visiting order: number, planned arrival, customer, district, reason, minutes
 * and appointment (edited in place), pin, purpose, km of the leg, and what was logged. Alt+Up and
 * Alt+Down move the selected stop, rows can be dragged to another place, Ctrl+Z undoes.
 */
final class PlanTable {
    private static final String DRAG = "callsheet/plan-stop";
    private final PlanModel plan;
    private final I18n i18n;
    private final TableView<PlanStop> table = new TableView<>();

    PlanTable(PlanModel plan, I18n i18n, IntegerProperty selected) {
        this.plan = plan;
        this.i18n = i18n;
        table.setId("planTable");
        table.setItems(plan.stops());
        table.setEditable(true);
        table.setPlaceholder(new javafx.scene.control.Label(i18n.get("visits.plan.empty")));
        table.getColumns().addAll(List.of(
                text("visits.column.seq", s -> String.valueOf(plan.stops().indexOf(s) + 1), 52),
                text("visits.column.arrival", s -> timed(s, t -> VisitLabels.time(i18n, t.arrival())), 64),
                text("visits.column.customer", PlanStop::name, 190),
                text("visits.column.district", s -> s.placed().area().district(), 90),
                text("visits.column.reason", s -> VisitLabels.reason(i18n, s.placed().visit().candidate().reason()),
                        130),
                minutes(), appointment(),
                text("visits.column.pinned", s -> s.pinned() ? i18n.get("visits.pinned.mark") : "", 50),
                purpose(),
                text("visits.column.leg", s -> timed(s, t -> i18n.format(s.estimated() ? "visits.km.estimated"
                        : "visits.km", t.legKm())), 70),
                text("visits.column.status", this::status, 120)));
        table.setRowFactory(t -> row());
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() != selected.get()) {
                selected.set(now.intValue());
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now.intValue() != table.getSelectionModel().getSelectedIndex() && now.intValue() >= 0
                    && now.intValue() < plan.stops().size()) {
                table.getSelectionModel().clearAndSelect(now.intValue());
                table.scrollTo(now.intValue());
            }
        });
        plan.scheduleProperty().addListener((obs, old, now) -> table.refresh());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && i >= 0) {
                moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z && table.getEditingCell() == null) {
                plan.undo();
                e.consume();
            }
        });
    }

    TableView<PlanStop> node() {
        return table;
    }

    int selectedIndex() {
        return table.getSelectionModel().getSelectedIndex();
    }

    /** Moves the selected stop up (-1) or down (+1) and keeps it selected. */
    void moveSelected(int by) {
        int i = selectedIndex();
        int to = i + by;
        if (i >= 0 && to >= 0 && to < plan.stops().size()) {
            plan.move(i, to);
            table.getSelectionModel().clearAndSelect(to);
        }
    }

    private String timed(PlanStop stop, Function<TimedStop, String> text) {
        DaySchedule schedule = plan.schedule();
        int i = plan.stops().indexOf(stop);
        return schedule == null || i < 0 || i >= schedule.stops().size() ? "" : text.apply(schedule.stops().get(i));
    }

    private String status(PlanStop stop) {
        if (stop.report() != null) {
            return VisitLabels.outcome(i18n, stop.report().outcome());
        }
        String late = timed(stop, t -> t.pastDayEnd() ? i18n.get("visits.status.pastDayEnd")
                : t.lateForAppointment().isZero() ? "" : i18n.get("visits.status.late"));
        if (!late.isEmpty()) {
            return late;
        }
        return stop.visitId() == null ? i18n.get("visits.status.unsaved") : i18n.get("visits.status.planned");
    }

    private TableColumn<PlanStop, String> text(String key, Function<PlanStop, String> value, double width) {
        TableColumn<PlanStop, String> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setEditable(false);
        return column;
    }

    private TableColumn<PlanStop, String> minutes() {
        TableColumn<PlanStop, String> column = new TableColumn<>(i18n.get("visits.column.minutes"));
        column.setId("minutesColumn");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.valueOf(c.getValue().minutes())));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setOnEditCommit(e -> {
            try {
                plan.setMinutes(e.getTablePosition().getRow(), Integer.parseInt(e.getNewValue().strip()));
            } catch (NumberFormatException ignored) {
                // not a whole number of minutes: the cell shows the minutes it had
            }
            table.refresh();
        });
        column.setPrefWidth(60);
        column.setSortable(false);
        return column;
    }

    private TableColumn<PlanStop, String> appointment() {
        TableColumn<PlanStop, String> column = new TableColumn<>(i18n.get("visits.column.appointment"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(VisitLabels.time(i18n, c.getValue().appointment())));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setOnEditCommit(e -> {
            String typed = e.getNewValue() == null ? "" : e.getNewValue();
            LocalTime time = VisitLabels.parseTime(typed).orElse(null);
            if (time != null || typed.isBlank()) {
                plan.setAppointment(e.getTablePosition().getRow(), time);
            }
            table.refresh();
        });
        column.setPrefWidth(80);
        column.setSortable(false);
        return column;
    }

    private TableColumn<PlanStop, String> purpose() {
        TableColumn<PlanStop, String> column = new TableColumn<>(i18n.get("visits.column.purpose"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().purpose()));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setOnEditCommit(e -> plan.setPurpose(e.getTablePosition().getRow(), e.getNewValue()));
        column.setPrefWidth(160);
        column.setSortable(false);
        return column;
    }

    /** One data format per run (JavaFX refuses to create the same one twice). */
    private static DataFormat dragFormat() {
        DataFormat known = DataFormat.lookupMimeType(DRAG);
        return known != null ? known : new DataFormat(DRAG);
    }

    private TableRow<PlanStop> row() {
        TableRow<PlanStop> row = new TableRow<>() {
            @Override
            protected void updateItem(PlanStop item, boolean empty) {
                super.updateItem(item, empty);
                boolean late = !empty && item != null && !timed(item, t -> t.pastDayEnd() ? "x" : "").isEmpty();
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overrun"), late);
            }
        };
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(dragFormat(), row.getIndex());
                board.setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(dragFormat())) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            Object from = e.getDragboard().getContent(dragFormat());
            if (from instanceof Integer index) {
                int to = row.isEmpty() ? plan.stops().size() - 1 : row.getIndex();
                plan.move(index, to);
                table.getSelectionModel().clearAndSelect(to);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }
}
