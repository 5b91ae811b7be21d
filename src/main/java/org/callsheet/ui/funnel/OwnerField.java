package org.callsheet.ui.funnel;

import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;

/**
 * An owner filter: pick one of the owners the opportunities name, or type a name (Enter or
 * leaving the field applies it); empty means everyone.
 */
final class OwnerField {
    private OwnerField() {
    }

    static ComboBox<String> create(String id, String prompt, StringProperty owner, OwnerChoices choices) {
        ComboBox<String> box = new ComboBox<>(choices.owners());
        box.setId(id);
        box.setEditable(true);
        box.setPromptText(prompt);
        box.setPrefWidth(150);
        box.setValue(owner.get());
        box.setOnShowing(e -> choices.load());
        box.valueProperty().addListener((obs, old, now) -> owner.set(now == null ? "" : now.strip()));
        owner.addListener((obs, old, now) -> {
            if (!now.equals(box.getValue() == null ? "" : box.getValue().strip())) {
                box.setValue(now);
            }
        });
        return box;
    }
}
