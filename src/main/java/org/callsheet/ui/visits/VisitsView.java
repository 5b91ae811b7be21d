package org.callsheet.ui.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.callsheet.logic.visits.DaySchedule;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.sheets.PageSource;

/**
 * The Visits screen: the area and candidates on the left; the day's plan (settings, stops, totals
 * and the warning when the day overruns) beside its picture in the middle; the week plan on its
 * own tab.
 */
public final class VisitsView {

    /** What the screen asks of the window. */
    public interface Actions {
        void openCustomer(long customerId);

        /** Opens the print preview of the day sheet (and the profile sheets behind it). */
        void printDaySheet(PageSource source);

        /** Whether the app was built with printed sheets (else there is no Print button). */
        boolean canPrint();

        /**
         * Opens a new opportunity for a visited customer, starting from what the visit found (its
         * needs, else its purpose, as the title, and its next step).
         */
        void openOpportunity(long customerId, String title, String nextStep);

        /** Whether the app was built with the sales funnel (else there is no such button). */
        boolean canOpenOpportunity();
    }

    private final VisitsViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final PlanTable table;

    public VisitsView(VisitsViewModel model, I18n i18n, Dialogs dialogs, Actions actions) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        root.setId("visitsScreen");
        PlanModel plan = model.plan();
        table = new PlanTable(plan, i18n, selected);
        DayChart chart = new DayChart(plan, i18n, selected);

        ScrollPane left = new ScrollPane(new AreaPane(model, i18n, actions::openCustomer).node());
        left.setFitToWidth(true);
        left.setPrefWidth(350);

        Label totals = new Label();
        totals.setId("planTotals");
        Label warning = new Label();
        warning.setId("planWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("danger");
        Runnable summarise = () -> {
            DaySchedule s = plan.schedule();
            totals.setText(s == null ? "" : i18n.format(plan.estimated() ? "visits.totals.estimated"
                            : "visits.totals", plan.stops().size(), s.totalKm(), VisitLabels.duration(i18n, s.totalTravel()),
                    VisitLabels.duration(i18n, s.totalVisit()), VisitLabels.time(i18n, s.finish()),
                    s.lunchAt().map(t -> VisitLabels.time(i18n, t)).orElse("—")));
            warning.setText(s == null || !s.runsPastDayEnd() ? "" : i18n.format("visits.warning.overrun",
                    VisitLabels.time(i18n, plan.settings().dayEnd()), overrunNames(plan, s, i18n.get("common.listSeparator"))));
        };
        plan.scheduleProperty().addListener((obs, old, now) -> summarise.run());
        summarise.run();

        SplitPane split = new SplitPane(table.node(), chart.node());
        split.setDividerPositions(0.6);
        VBox day = new VBox(6, settingsBar(plan), toolbar(plan, actions), split, totals, warning);
        day.setPadding(new Insets(8));
        VBox.setVgrow(split, Priority.ALWAYS);
        Tab dayTab = new Tab(i18n.get("visits.tab.day"), day);
        dayTab.setClosable(false);
        Tab weekTab = new Tab(i18n.get("visits.tab.week"), new WeekPane(model.week(), i18n).node());
        weekTab.setClosable(false);
        TabPane tabs = new TabPane(dayTab, weekTab);
        tabs.setId("visitsTabs");

        Label message = new Label();
        message.setId("visitsMessage");
        message.setPadding(new Insets(4, 8, 4, 8));
        model.messageProperty().addListener((obs, old, now) -> message.setText(now == null ? ""
                : i18n.format(now.key(), now.args().stream()
                .map(a -> a instanceof LocalDate d ? i18n.dates().date(d) : a).toArray())));
        SplitPane main = new SplitPane(left, tabs);
        main.setDividerPositions(0.25);
        root.setCenter(main);
        root.setBottom(message);
    }

    public Node node() {
        return root;
    }

    /** The day a stop moved off the plan goes to unless the rep picks another. */
    private static LocalDate nextWorkingDay(LocalDate day) {
        if (day == null) {
            return null;
        }
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || next.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static String overrunNames(PlanModel plan, DaySchedule s, String separator) {
        List<String> names = new ArrayList<>();
        s.overrun().forEach(o -> plan.stops().stream().filter(p -> p.customerId() == o.id()).findFirst()
                .ifPresent(p -> names.add((plan.stops().indexOf(p) + 1) + ". " + p.name())));
        return String.join(separator, names);
    }

    private Node settingsBar(PlanModel plan) {
        DatePicker date = DatePickers.create(i18n);
        date.setValue(model.dayProperty().get());
        date.setId("visitDay");
        date.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.dayProperty().get())) {
                model.dayProperty().set(now);
                model.load();
            }
        });
        model.dayProperty().addListener((obs, old, now) -> date.setValue(now));

        ComboBox<StartPoint> start = new ComboBox<>();
        start.setId("startPoint");
        start.setPrefWidth(170);
        start.setConverter(new StringConverter<>() {
            @Override
            public String toString(StartPoint p) {
                return switch (p) {
                    case null -> "";
                    case StartPoint.FirstStop f -> i18n.get("visits.start.firstStop");
                    case StartPoint.AtCustomer c -> c.customer().visit().customer().name();
                    case StartPoint.Kept k -> i18n.get(k.which().equals(org.callsheet.logic.visits.StartPlaces.OFFICE)
                            ? "visits.start.office" : "visits.start.home");
                };
            }

            @Override
            public StartPoint fromString(String s) {
                return null;
            }
        });
        List<StartPoint.Kept> keptStarts = model.keptStarts();
        Runnable startChoices = () -> {
            StartPoint current = plan.startProperty().get();
            List<StartPoint> choices = new ArrayList<>();
            choices.add(StartPoint.FIRST_STOP);
            choices.addAll(keptStarts);
            List<PlacedCandidate> places = new ArrayList<>(model.candidates());
            plan.stops().forEach(s -> places.add(s.placed()));
            places.stream().filter(PlacedCandidate::located).map(PlacedCandidate::customerId).distinct()
                    .forEach(id -> places.stream().filter(p -> p.customerId() == id).findFirst()
                            .ifPresent(p -> choices.add(new StartPoint.AtCustomer(p))));
            start.getItems().setAll(choices);
            start.setValue(choices.contains(current) ? current : StartPoint.FIRST_STOP);
        };
        model.candidates().addListener((ListChangeListener<PlacedCandidate>) c -> startChoices.run());
        startChoices.run();
        start.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                plan.startProperty().set(now);
            }
        });

        ChoiceBox<Boolean> end = new ChoiceBox<>();
        end.getItems().addAll(true, false);
        end.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean back) {
                return back == null ? "" : i18n.get(back ? "visits.end.back" : "visits.end.lastStop");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        end.setValue(plan.returnToStartProperty().get());
        end.valueProperty().addListener((obs, old, now) -> plan.returnToStartProperty().set(Boolean.TRUE.equals(now)));

        TextField startTime = timeField("startTime", plan.startTimeProperty());
        TextField lunchFrom = timeField("lunchFrom", plan.lunchFromProperty());
        TextField lunchTo = timeField("lunchTo", plan.lunchToProperty());

        Button rollOver = new Button();
        rollOver.setId("rollOver");
        rollOver.visibleProperty().bind(model.earlierNotDoneProperty().greaterThan(0));
        rollOver.managedProperty().bind(rollOver.visibleProperty());
        model.earlierNotDoneProperty().addListener((obs, old, now) ->
                rollOver.setText(i18n.format("visits.rollOver", now.intValue())));
        rollOver.setOnAction(e -> model.rollOver());

        FlowPane bar = new FlowPane(8, 6, label("visits.field.day"), date, label("visits.field.start"), start,
                label("visits.field.end"), end, label("visits.field.startTime"), startTime,
                label("visits.field.lunch"), lunchFrom, new Label("–"), lunchTo, rollOver);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TextField timeField(String id, javafx.beans.property.ObjectProperty<java.time.LocalTime> time) {
        TextField field = new TextField(VisitLabels.time(i18n, time.get()));
        field.setId(id);
        field.setPrefColumnCount(4);
        time.addListener((obs, old, now) -> field.setText(VisitLabels.time(i18n, now)));
        Runnable commit = () -> VisitLabels.parseTime(field.getText()).ifPresentOrElse(time::set,
                () -> field.setText(VisitLabels.time(i18n, time.get())));
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return field;
    }

    private Label label(String key) {
        return new Label(i18n.get(key));
    }

    private Node toolbar(PlanModel plan, Actions actions) {
        Button optimise = button("optimise", "visits.action.optimise", plan::optimise);
        CheckBox keep = new CheckBox(i18n.get("visits.action.keepOrder"));
        keep.setId("keepOrder");
        keep.selectedProperty().bindBidirectional(plan.keepOrderProperty());
        Button up = button("moveUp", "visits.action.up", () -> table.moveSelected(-1));
        up.setTooltip(new Tooltip(i18n.get("visits.action.up.tip")));
        Button down = button("moveDown", "visits.action.down", () -> table.moveSelected(1));
        down.setTooltip(new Tooltip(i18n.get("visits.action.down.tip")));
        Button pin = button("pinStop", "visits.action.pin", () -> onSelected(plan::togglePin));
        Button remove = button("removeStop", "visits.action.remove", () -> onSelected(model::backToCandidates));
        Button undo = button("undoPlan", "visits.action.undo", plan::undo);
        undo.disableProperty().bind(plan.canUndoProperty().not());
        Button save = button("savePlan", "visits.action.save", model::save);
        save.getStyleClass().add("accent");
        Button print = button("printDay", "visits.action.print", () -> {
            if (!plan.stops().isEmpty()) {
                actions.printDaySheet(model.daySheet(startLabel(plan)));
            }
        });
        Button log = button("logVisit", "visits.action.log", () -> onSelected(i -> {
            PlanStop stop = plan.stops().get(i);
            VisitLogDialog.ask(dialogs, i18n, stop.name()).ifPresent(entry -> model.logVisit(i, entry.outcome(),
                    entry.needs(), entry.notes(), entry.nextStep(), entry.followUp()));
        }));
        Button opportunity = button("visitOpportunity", "visits.action.opportunity", () -> onSelected(i -> {
            PlanStop stop = plan.stops().get(i);
            String found = stop.report() == null ? "" : stop.report().needs();
            actions.openOpportunity(stop.customerId(), found.isBlank() ? stop.purpose() : found,
                    stop.report() == null ? "" : stop.report().nextStep());
        }));
        opportunity.setVisible(actions.canOpenOpportunity());
        opportunity.setManaged(actions.canOpenOpportunity());
        DatePicker moveTo = DatePickers.create(i18n);
        moveTo.setId("moveToDay");
        moveTo.setValue(nextWorkingDay(model.dayProperty().get()));
        model.dayProperty().addListener((obs, old, now) -> moveTo.setValue(nextWorkingDay(now)));
        Button move = button("moveStopToDay", "visits.action.moveToDay", () -> onSelected(i -> {
            LocalDate target = moveTo.getValue();
            if (target != null) {
                model.moveToDay(i, target);
            }
        }));
        print.setVisible(actions.canPrint());
        print.setManaged(actions.canPrint());
        FlowPane bar = new FlowPane(6, 6, optimise, keep, up, down, pin, remove, undo, save, print, log, opportunity, move,
                moveTo);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private String startLabel(PlanModel plan) {
        return switch (plan.startProperty().get()) {
            case StartPoint.AtCustomer c -> c.customer().visit().customer().name();
            case StartPoint.FirstStop f -> plan.stops().isEmpty() ? "" : plan.stops().getFirst().name();
            case StartPoint.Kept k -> i18n.get(k.which().equals(org.callsheet.logic.visits.StartPlaces.OFFICE)
                    ? "visits.start.office" : "visits.start.home") + " (" + k.place().text() + ")";
        };
    }

    private void onSelected(java.util.function.IntConsumer action) {
        int i = table.selectedIndex();
        if (i >= 0) {
            action.accept(i);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
