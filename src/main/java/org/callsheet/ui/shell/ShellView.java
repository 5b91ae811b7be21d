package org.callsheet.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.callsheet.ui.customers.CustomersView;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content in one language: menu bar, navigation, the current screen and the
 * status bar. Rebuilt from scratch when the language changes; the state lives in the view models.
 * Until the app is {@code ready} (the database still opening) the menu entries that need it are
 * disabled and the screens show a loading page.
 */
final class ShellView {

    /** What the menus and navigation ask of the window. */
    interface Actions {
        Node screen(Screen screen, I18n i18n);

        CustomersView customersView();

        void newCustomer();

        /** Whether the window offers the sales brief (it does once ready, when the app has one). */
        boolean offersSalesBrief();

        void salesBrief();

        void undoDelete();

        void showShortcuts();

        void showAbout();

        void quit();

        void screenShown(Screen screen);
    }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> pages = new EnumMap<>(Screen.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final I18n i18n;
    private final Actions actions;
    private final ObservableBooleanValue ready;

    ShellView(I18n i18n, StatusBar statusBar, Actions actions, ObservableBooleanValue ready) {
        this.i18n = i18n;
        this.actions = actions;
        this.ready = ready;
        root.getStyleClass().add("shell");
        root.setTop(menuBar());
        root.setLeft(navigation());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar.node());
        // A click on the selected entry must not leave the navigation without a selection.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    BorderPane root() {
        return root;
    }

    /** Builds the screens again (the loading pages give way once the app is ready). */
    void reload() {
        Screen shown = navButtons.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).findFirst().orElse(Screen.CUSTOMERS);
        pages.clear();
        show(shown);
    }

    void show(Screen screen) {
        Node page = pages.computeIfAbsent(screen, s -> actions.screen(s, i18n));
        content.getChildren().setAll(page);
        navButtons.get(screen).setSelected(true);
        actions.screenShown(screen);
    }

    private MenuBar menuBar() {
        MenuItem newCustomer = whenReady(item("menu.file.newCustomer", Feather.USER_PLUS, actions::newCustomer));
        newCustomer.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem quit = item("menu.file.quit", Feather.LOG_OUT, actions::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(i18n.get("menu.file"), null, newCustomer);
        if (actions.offersSalesBrief()) {
            MenuItem brief = whenReady(item("brief.ui.menu", Feather.FILE_TEXT, actions::salesBrief));
            brief.setId("menuSalesBrief");
            brief.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
            file.getItems().add(brief);
        }
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        MenuItem find = whenReady(item("menu.edit.find", Feather.SEARCH, () -> {
            show(Screen.CUSTOMERS);
            actions.customersView().focusSearch();
        }));
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem undo = whenReady(item("menu.edit.undoDelete", Feather.ROTATE_CCW, actions::undoDelete));
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        MenuItem delete = whenReady(item("menu.edit.delete", Feather.TRASH_2, () -> {
            show(Screen.CUSTOMERS);
            actions.customersView().deleteSelected();
        }));
        Menu edit = new Menu(i18n.get("menu.edit"), null, find, new SeparatorMenuItem(), delete, undo);

        Menu view = new Menu(i18n.get("menu.view"));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8};
        for (Screen screen : Screen.values()) {
            MenuItem item = item(screen.navKey(), screen.icon(), () -> show(screen));
            item.setAccelerator(new KeyCodeCombination(digits[screen.ordinal()], KeyCombination.SHORTCUT_DOWN));
            view.getItems().add(item);
        }

        MenuItem shortcuts = item("menu.help.shortcuts", Feather.COMMAND, actions::showShortcuts);
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem about = whenReady(item("menu.help.about", Feather.INFO, actions::showAbout));
        Menu help = new Menu(i18n.get("menu.help"), null, shortcuts, about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem whenReady(MenuItem item) {
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        return item;
    }

    private MenuItem item(String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key), new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private VBox navigation() {
        Label brand = new Label("Callsheet", new FontIcon(Feather.PHONE));
        brand.getStyleClass().addAll(Styles.TITLE_4, "brand");
        VBox nav = new VBox(2, brand);
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(14, 10, 14, 10));
        nav.setPrefWidth(190);
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(i18n.get(screen.navKey()), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.keyStem());
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setGraphicTextGap(10);
            button.getStyleClass().addAll(Styles.FLAT, "nav-button");
            // keyboard users switch screens with Ctrl+1..8; focus stays in the screen
            button.setFocusTraversable(false);
            button.setOnAction(e -> show(screen));
            navButtons.put(screen, button);
            if (screen == Screen.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
            nav.getChildren().add(button);
        }
        return nav;
    }
}
