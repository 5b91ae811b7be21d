package org.callsheet.ui.visits;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.i18n.I18n;

/**
 * The left side of the Visits screen: the area tree with candidate counts (click a node for its
 * area, Ctrl+click to add it), "Propose area", the candidates of the area with their reasons, a
 * search to add any customer, and the customers without a location with a way to give them one.
 */
final class AreaPane {
    private final VBox root = new VBox(6);

    AreaPane(VisitsViewModel model, I18n i18n, LongConsumer openCustomer) {
        root.setPadding(new Insets(8));
        root.setPrefWidth(340);
        TreeView<AreaNode> tree = new TreeView<>(new TreeItem<>());
        tree.setId("areaTree");
        tree.setShowRoot(false);
        tree.setPrefHeight(200);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(AreaNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.format("visits.area.node",
                        item.name().isEmpty() ? i18n.get("visits.area.unknown") : item.name(), item.count()));
            }
        });
        Runnable fill = () -> {
            tree.getRoot().getChildren().clear();
            model.areas().forEach(node -> tree.getRoot().getChildren().add(item(node)));
        };
        model.areas().addListener((ListChangeListener<AreaNode>) c -> fill.run());
        fill.run();
        tree.setOnMouseClicked(e -> {
            TreeItem<AreaNode> chosen = tree.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.getValue() != null) {
                model.choose(chosen.getValue(), e.isShortcutDown());
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<AreaNode> chosen = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null && chosen.getValue() != null) {
                model.choose(chosen.getValue(), e.isShortcutDown());
            }
        });
        Button propose = new Button(i18n.get("visits.area.propose"));
        propose.setId("proposeArea");
        propose.setOnAction(e -> model.proposeArea());
        Button everywhere = new Button(i18n.get("visits.area.all"));
        everywhere.setOnAction(e -> model.clearArea());
        Label area = new Label();
        area.setWrapText(true);
        Runnable describe = () -> area.setText(model.chosenDistricts().isEmpty() ? i18n.get("visits.area.none")
                : i18n.format("visits.area.chosen", String.join(i18n.get("common.listSeparator"), model.chosenDistricts().stream()
                        .map(AreaPane::lastName).sorted().toList())));
        model.chosenDistricts().addListener((javafx.collections.SetChangeListener<String>) c -> describe.run());
        describe.run();

        ListView<PlacedCandidate> candidates = new ListView<>(model.shownCandidates());
        candidates.setId("candidateList");
        candidates.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        candidates.setCellFactory(l -> cell(i18n));
        candidates.setPrefHeight(220);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        candidates.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.addToPlan(List.copyOf(candidates.getSelectionModel().getSelectedItems()));
            }
        });
        candidates.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.addToPlan(List.copyOf(candidates.getSelectionModel().getSelectedItems()));
            }
        });
        Button add = new Button(i18n.get("visits.candidates.add"));
        add.setId("addCandidates");
        add.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> model.addToPlan(List.copyOf(candidates.getSelectionModel().getSelectedItems())));
        Button addAll = new Button(i18n.get("visits.candidates.addAll"));
        addAll.setId("addAllCandidates");
        addAll.setOnAction(e -> model.addShown());
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("visits.candidates.title", model.shownCandidates().size()), model.shownCandidates()));

        TextField search = new TextField();
        search.setId("visitSearch");
        search.setPromptText(i18n.get("visits.search.prompt"));
        search.setOnAction(e -> model.search(search.getText()));
        ListView<CustomerRow> hits = new ListView<>(model.searchHits());
        hits.setId("visitSearchHits");
        hits.setPrefHeight(90);
        hits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  " + nonNull(item.city()) + nonNull(item.district()));
            }
        });
        Button addHit = new Button(i18n.get("visits.search.add"));
        addHit.setId("addSearchHit");
        addHit.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull());
        addHit.setOnAction(e -> model.addByHand(hits.getSelectionModel().getSelectedItem()));
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                model.addByHand(hits.getSelectionModel().getSelectedItem());
            }
        });

        ListView<PlacedCandidate> unlocated = new ListView<>(model.unlocated());
        unlocated.setId("unlocatedList");
        unlocated.setPrefHeight(80);
        unlocated.setCellFactory(l -> cell(i18n));
        Button fix = new Button(i18n.get("visits.unlocated.fix"));
        fix.setId("fixLocation");
        fix.disableProperty().bind(unlocated.getSelectionModel().selectedItemProperty().isNull());
        fix.setOnAction(e -> openCustomer.accept(unlocated.getSelectionModel().getSelectedItem().customerId()));
        Label unlocatedTitle = new Label();
        unlocatedTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("visits.unlocated.title", model.unlocated().size()), model.unlocated()));

        root.getChildren().addAll(title(i18n.get("visits.area.title")), new HBox(6, propose, everywhere), area, tree,
                heading, candidates, new HBox(6, add, addAll),
                title(i18n.get("visits.search.title")), search, hits, addHit,
                unlocatedTitle, unlocated, fix);
    }

    Node node() {
        return root;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static ListCell<PlacedCandidate> cell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(PlacedCandidate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : VisitLabels.candidate(i18n, item));
            }
        };
    }

    private static TreeItem<AreaNode> item(AreaNode node) {
        TreeItem<AreaNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(node.children().size() == 1);
        return item;
    }

    /** The district of a "province/city/district" key, or the city when the district is unknown. */
    private static String lastName(String key) {
        return java.util.Arrays.stream(key.split("/")).filter(part -> !part.isBlank())
                .reduce((first, second) -> second).orElse(key);
    }
}
