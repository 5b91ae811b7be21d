package org.callsheet.ui.funnel;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** An opportunity on the board: title, customer, amount, days in the stage and the stale mark; it can be dragged to another column. */
final class CardCell extends ListCell<OpportunityCard> {
    private final FunnelLabels labels;

    CardCell(FunnelLabels labels) {
        this.labels = labels;
        setOnDragDetected(e -> {
            if (getItem() != null) {
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(BoardView.DRAG_PREFIX + getItem().id());
                board.setContent(content);
                board.setDragView(snapshot(null, null));
                e.consume();
            }
        });
    }

    /**
     * As tall as the card at the width it is laid out in. Asked without a width, the card would
     * measure its wrapped title and customer as one line each, and the list would give it too
     * little height: its first or last lines were cut off.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof VBox box && box.getPrefWidth() > 0) {
            return snappedTopInset() + box.prefHeight(box.getPrefWidth()) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void updateItem(OpportunityCard card, boolean empty) {
        super.updateItem(card, empty);
        setText(null);
        if (empty || card == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("card-" + card.id());
        var i18n = labels.i18n();
        Label title = new Label(card.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label customer = new Label(card.customer());
        customer.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        customer.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label amount = new Label(labels.money(card.amount()));
        Label days = new Label(i18n.format("funnel.card.days", card.daysInStage()));
        days.getStyleClass().add("text-muted");
        VBox box = new VBox(title, customer, amount, days);
        box.getStyleClass().add("board-card");
        if (card.stale()) {
            Label stale = new Label(i18n.get("funnel.card.stale"), new FontIcon(Feather.CLOCK));
            stale.getStyleClass().add("card-stale");
            box.getChildren().add(stale);
        }
        // the card takes the column's width, so long names wrap instead of being cut
        if (getListView() != null) {
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(22));
            box.maxWidthProperty().bind(box.prefWidthProperty());
        }
        setGraphic(box);
    }
}
