package org.callsheet.ui.customers;

import javafx.beans.property.ObjectProperty;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Status, region, owner and tag filters of the customer book, and a way to clear them. */
final class FilterBar {
    private final FlowPane pane = new FlowPane(8, 8);
    private final CustomerFilters model;
    private final I18n i18n;

    FilterBar(CustomersViewModel book, I18n i18n) {
        this.model = book.filters();
        this.i18n = i18n;
        pane.setAlignment(Pos.CENTER_LEFT);

        MenuButton status = statusMenu();
        ComboBox<String> province = choice("filterProvince", model.provinces(), model.provinceProperty(),
                "customers.filter.anyProvince");
        ComboBox<String> city = choice("filterCity", model.cities(), model.cityProperty(), "customers.filter.anyCity");
        city.disableProperty().bind(model.provinceProperty().isEmpty());
        ComboBox<String> district = choice("filterDistrict", model.districts(), model.districtProperty(),
                "customers.filter.anyDistrict");
        district.disableProperty().bind(model.cityProperty().isEmpty());
        ComboBox<String> owner = choice("filterOwner", model.owners(), model.ownerProperty(),
                "customers.filter.anyOwner");
        ComboBox<String> tag = choice("filterTag", model.tags(), model.tagProperty(), "customers.filter.anyTag");

        Button clear = new Button(i18n.get("customers.filter.clear"), new FontIcon(Feather.X));
        clear.setId("clearFilters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> book.clearFilters());
        ComboBox<RfmSegment> segment = classChoice("filterSegment", RfmSegment.values(), model.segmentProperty(),
                "customers.filter.anySegment", RfmSegment::messageKey);
        ComboBox<ValueQuadrant> quadrant = classChoice("filterQuadrant", ValueQuadrant.values(),
                model.quadrantProperty(), "customers.filter.anyQuadrant", ValueQuadrant::messageKey);
        CheckBox churn = new CheckBox(i18n.get("customers.filter.churnWarning"));
        churn.setId("filterChurn");
        churn.selectedProperty().bindBidirectional(model.churnWarningProperty());
        Button one = new Button(i18n.get("customers.filter.oneCustomer"), new FontIcon(Feather.X));
        one.setId("filterOneCustomer");
        one.visibleProperty().bind(model.customerIdProperty().isNotNull());
        one.managedProperty().bind(one.visibleProperty());
        one.setOnAction(e -> model.customerIdProperty().set(null));
        pane.getChildren().addAll(status, province, city, district, owner, tag, segment, quadrant, churn, one, clear);
    }

    FlowPane node() {
        return pane;
    }

    private MenuButton statusMenu() {
        MenuButton menu = new MenuButton();
        menu.setId("filterStatus");
        menu.setGraphic(new FontIcon(Feather.LAYERS));
        for (CustomerStatus status : CustomerStatus.values()) {
            CheckBox box = new CheckBox(StatusLabels.label(i18n, status));
            box.setSelected(model.statuses().contains(status));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.statuses().add(status);
                } else {
                    model.statuses().remove(status);
                }
            });
            model.statuses().addListener((SetChangeListener<CustomerStatus>) c ->
                    box.setSelected(model.statuses().contains(status)));
            CustomMenuItem item = new CustomMenuItem(box, false);
            menu.getItems().add(item);
        }
        Runnable caption = () -> menu.setText(model.statuses().isEmpty() ? i18n.get("customers.filter.anyStatus")
                : i18n.format("customers.filter.statusCount", model.statuses().size()));
        caption.run();
        model.statuses().addListener((SetChangeListener<CustomerStatus>) c -> caption.run());
        return menu;
    }

    /** A combo of classification values whose first entry, null, stands for "any". */
    private <E> ComboBox<E> classChoice(String id, E[] values, ObjectProperty<E> selected, String anyKey,
                                        java.util.function.Function<E, String> key) {
        ComboBox<E> combo = new ComboBox<>();
        combo.setId(id);
        combo.setPrefWidth(150);
        String any = i18n.get(anyKey);
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? any : i18n.get(key.apply(item)));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
        combo.setPromptText(any);
        combo.getItems().add(null);
        combo.getItems().addAll(values);
        combo.valueProperty().bindBidirectional(selected);
        return combo;
    }

    /** A combo whose first entry, the empty string, stands for "any". */
    private ComboBox<String> choice(String id, ObservableList<String> values, StringProperty selected, String anyKey) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.setPrefWidth(140);
        String any = i18n.get(anyKey);
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? any : item);
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
        boolean[] syncing = {false};
        Runnable fillItems = () -> {
            syncing[0] = true;
            List<String> items = new ArrayList<>(values.size() + 1);
            items.add("");
            items.addAll(values);
            combo.getItems().setAll(items);
            combo.setValue(selected.get());
            syncing[0] = false;
        };
        fillItems.run();
        values.addListener((ListChangeListener<String>) c -> fillItems.run());
        combo.valueProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                selected.set(now == null ? "" : now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (!syncing[0] && !java.util.Objects.equals(combo.getValue(), now)) {
                syncing[0] = true;
                combo.setValue(now);
                syncing[0] = false;
            }
        });
        return combo;
    }
}
