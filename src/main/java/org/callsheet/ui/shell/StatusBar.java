package org.callsheet.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.i18n.I18n;

/** The strip at the bottom of the window: customers, search readiness, last action with undo. */
final class StatusBar {
    private final HBox root = new HBox(10);

    StatusBar(StatusModel status, I18n i18n) {
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));

        Label count = new Label();
        count.setId("statusCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = status.customerCountProperty().get();
            return n < 0 ? "" : i18n.format("status.customers", n);
        }, status.customerCountProperty()));

        Label search = new Label();
        search.setId("statusSearch");
        ProgressBar searchProgress = new ProgressBar();
        searchProgress.setPrefWidth(90);
        searchProgress.getStyleClass().add(Styles.SMALL);
        searchProgress.progressProperty().bind(status.searchProgressProperty());
        search.textProperty().bind(Bindings.createStringBinding(() -> {
            double p = status.searchProgressProperty().get();
            if (p == StatusModel.SEARCH_READY) {
                return i18n.get("status.search.ready");
            }
            if (p == StatusModel.SEARCH_FAILED) {
                return i18n.get("status.search.failed");
            }
            return i18n.format("status.search.preparing", (int) Math.floor(Math.max(0, p) * 100));
        }, status.searchProgressProperty()));
        searchProgress.visibleProperty().bind(status.searchProgressProperty().lessThan(StatusModel.SEARCH_READY)
                .and(status.searchProgressProperty().greaterThan(StatusModel.SEARCH_FAILED)));
        searchProgress.managedProperty().bind(searchProgress.visibleProperty());

        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            UserMessage m = status.messageProperty().get();
            return m == null ? "" : i18n.format(m.key(), m.args().toArray());
        }, status.messageProperty()));
        Hyperlink undo = new Hyperlink(i18n.get("status.undo"));
        undo.setId("statusUndo");
        undo.visibleProperty().bind(status.undoProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> status.undoLast());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(count, new Separator(Orientation.VERTICAL), search, searchProgress, spacer,
                message, undo);
    }

    HBox node() {
        return root;
    }
}
