package org.callsheet.ui.funnel;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.callsheet.model.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The board: a column per stage with the open opportunities as cards. A card moves by dragging it
 * to another column, or with Ctrl+→ / Ctrl+← one stage on or back; ← and → go to the next column,
 * Enter opens the card; Won and Lost close the selected one.
 */
final class BoardView {
    static final String DRAG_PREFIX = "opportunity:";

    /** What the board asks of the screen around it. */
    interface Actions {
        void newOpportunity();

        void open(long id);

        Optional<String> askLostReason(OpportunityCard card);
    }

    private final BoardViewModel model;
    private final FunnelLabels labels;
    private final Actions actions;
    private final Map<Stage, ListView<OpportunityCard>> lists = new EnumMap<>(Stage.class);
    private final BorderPane root = new BorderPane();

    BoardView(BoardViewModel model, FunnelLabels labels, Actions actions) {
        this.model = model;
        this.labels = labels;
        this.actions = actions;
        HBox columns = new HBox(8);
        columns.setPadding(new Insets(4));
        for (Stage stage : Stage.values()) {
            VBox column = column(stage);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setTop(toolbar());
        root.setCenter(scroll);
        root.setId("funnel-board");
        model.selectedProperty().addListener((obs, old, now) -> reselect());
    }

    Node node() {
        return root;
    }

    /** The card selected in whichever column has one, preferring the focused column. */
    Optional<OpportunityCard> selected() {
        return lists.values().stream().filter(Node::isFocused).map(l -> l.getSelectionModel().getSelectedItem())
                .filter(java.util.Objects::nonNull).findFirst()
                .or(() -> Optional.ofNullable(model.selectedProperty().get()).flatMap(model::find));
    }

    private Node toolbar() {
        var i18n = labels.i18n();
        Button add = new Button(i18n.get("funnel.action.new"), new FontIcon(Feather.PLUS));
        add.setId("board-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> actions.newOpportunity());
        Button open = new Button(i18n.get("funnel.action.edit"), new FontIcon(Feather.EDIT_2));
        open.setId("board-edit");
        open.setOnAction(e -> selected().ifPresent(card -> actions.open(card.id())));
        Button won = new Button(i18n.get("funnel.action.won"), new FontIcon(Feather.AWARD));
        won.setId("board-won");
        won.setOnAction(e -> selected().ifPresent(card -> model.win(card.id())));
        Button lost = new Button(i18n.get("funnel.action.lost"), new FontIcon(Feather.X_CIRCLE));
        lost.setId("board-lost");
        lost.setOnAction(e -> selected().ifPresent(card -> actions.askLostReason(card)
                .ifPresent(reason -> model.lose(card.id(), reason))));
        var none = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null,
                model.selectedProperty());
        open.disableProperty().bind(none);
        won.disableProperty().bind(none);
        lost.disableProperty().bind(none);
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("board-refresh");
        refresh.setOnAction(e -> model.refresh());
        Label hint = new Label(i18n.get("funnel.board.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, open, won, lost, refresh, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node child : bar.getChildren()) {
            if (child instanceof Button button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        VBox top = new VBox(4, bar, hint);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private VBox column(Stage stage) {
        var cards = model.column(stage);
        Label title = new Label(labels.stage(stage));
        title.getStyleClass().add("board-column-title");
        title.setWrapText(true);
        Label sum = new Label();
        sum.setId("board-sum-" + stage.code());
        sum.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        sum.textProperty().bind(Bindings.createStringBinding(() -> labels.i18n().format("funnel.board.columnSum",
                cards.size(), labels.money(cards.stream().map(OpportunityCard::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))), cards));
        ListView<OpportunityCard> list = new ListView<>(cards);
        list.setId("board-" + stage.code());
        list.setCellFactory(v -> new CardCell(labels));
        list.setPlaceholder(new Label(""));
        list.setMinWidth(120);
        list.setPrefWidth(160);
        VBox.setVgrow(list, Priority.ALWAYS);
        lists.put(stage, list);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // only the rep's choice: a column refilled after a move must not take the selection away
            if (now != null && list.isFocused()) {
                model.selectedProperty().set(now.id());
            }
        });
        list.focusedProperty().addListener((obs, old, now) -> {
            if (now && list.getSelectionModel().getSelectedItem() == null && !cards.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(stage, list, e));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                actions.open(list.getSelectionModel().getSelectedItem().id());
            }
        });
        cards.addListener((ListChangeListener<OpportunityCard>) c -> {
            reselect();
            // cards differ in height; a refilled column without a selection starts at its top card
            if (list.getSelectionModel().isEmpty() && !cards.isEmpty()) {
                Platform.runLater(() -> list.scrollTo(0));
            }
        });
        VBox column = new VBox(title, sum, list);
        column.getStyleClass().add("board-column");
        column.setId("board-column-" + stage.code());
        column.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
                if (!column.getStyleClass().contains("drop-target")) {
                    column.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        column.setOnDragExited(e -> column.getStyleClass().remove("drop-target"));
        column.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                long id = Long.parseLong(e.getDragboard().getString().substring(DRAG_PREFIX.length()));
                model.move(id, stage);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return column;
    }

    private void keyPressed(Stage stage, ListView<OpportunityCard> list, KeyEvent e) {
        OpportunityCard card = list.getSelectionModel().getSelectedItem();
        boolean shortcut = e.isShortcutDown();
        if (shortcut && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
            if (card != null) {
                model.moveBy(card.id(), e.getCode() == KeyCode.RIGHT ? 1 : -1);
            }
            e.consume();
        } else if (!shortcut && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
            int to = stage.ordinal() + (e.getCode() == KeyCode.RIGHT ? 1 : -1);
            if (to >= 0 && to < Stage.values().length) {
                lists.get(Stage.values()[to]).requestFocus();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && card != null) {
            actions.open(card.id());
            e.consume();
        }
    }

    /** Puts the selection (and the focus, when the board has it) on the card the model names, wherever it now is. */
    private void reselect() {
        Long id = model.selectedProperty().get();
        if (id == null) {
            return;
        }
        for (ListView<OpportunityCard> list : lists.values()) {
            for (OpportunityCard card : list.getItems()) {
                if (card.id() == id) {
                    if (list.getSelectionModel().getSelectedItem() != card) {
                        boolean boardFocused = lists.values().stream().anyMatch(Node::isFocused);
                        list.getSelectionModel().select(card);
                        list.scrollTo(card);
                        if (boardFocused) {
                            Platform.runLater(list::requestFocus);
                        }
                    }
                    return;
                }
            }
        }
    }

    /** Gives the keyboard to the first column that has cards. */
    void focus() {
        lists.values().stream().filter(l -> !l.getItems().isEmpty()).findFirst().ifPresent(Node::requestFocus);
    }
}
