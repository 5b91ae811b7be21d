package org.callsheet.ui.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.customers.CustomersView;
import org.callsheet.ui.editor.CustomerEditorWindow;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where profile sheets are printed from: the customer editor (Ctrl+P) and the customer list (the
 * selected rows, or everything the filter shows, in the table's order). Each opens the preview.
 */
public final class ProfilePrinting {
    private final ProfileSheets sheets;
    private final Settings settings;
    private final TaskRunner runner;
    private final Supplier<I18n> i18n;

    /** {@code i18n} is asked each time, so a print speaks the interface's current language. */
    public ProfilePrinting(ProfileSheets sheets, Settings settings, TaskRunner runner, Supplier<I18n> i18n) {
        this.sheets = sheets;
        this.settings = settings;
        this.runner = runner;
        this.i18n = i18n;
    }

    /** Ctrl+P and a Print button in the editor of a stored customer. */
    public void attachTo(CustomerEditorWindow window, long customerId) {
        window.addAction(i18n.get().get("sheets.print.customer"), "editorPrintSheet",
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                () -> preview(List.of(customerId), window.stage()));
    }

    /** A Print menu in the customer list's header: the selected customers, or all shown. */
    public void attachTo(CustomersView view, Window owner) {
        I18n texts = i18n.get();
        MenuButton print = new MenuButton(texts.get("sheets.print.menu"), new FontIcon(Feather.PRINTER));
        print.setId("printSheets");
        MenuItem selected = new MenuItem(texts.get("sheets.print.selected"));
        selected.setId("printSelectedSheets");
        selected.setOnAction(e -> preview(ids(view.selectedCustomerIds()), owner));
        MenuItem shown = new MenuItem(texts.get("sheets.print.shown"));
        shown.setId("printShownSheets");
        shown.setOnAction(e -> preview(ids(view.shownCustomerIds()), owner));
        print.setOnShowing(e -> {
            selected.setText(texts.format("sheets.print.selectedCount", view.selectedCustomerIds().length));
            selected.setDisable(view.selectedCustomerIds().length == 0);
            shown.setText(texts.format("sheets.print.shownCount", view.shownCustomerIds().length));
            shown.setDisable(view.shownCustomerIds().length == 0);
        });
        print.getItems().addAll(selected, shown);
        view.addHeaderAction(print);
    }

    /** Opens the preview of the customers' sheets, in the interface's language. */
    public SheetPreviewDialog preview(List<Long> customerIds, Window owner) {
        I18n texts = i18n.get();
        SheetPreviewViewModel model = new SheetPreviewViewModel(sheets, SheetFont.shipped(), settings, runner,
                customerIds, texts.language().locale());
        SheetPreviewDialog dialog = new SheetPreviewDialog(model, texts, owner);
        dialog.show();
        return dialog;
    }

    /** Opens the preview of other pages (e.g. the day sheet), in the interface's language. */
    public SheetPreviewDialog preview(PageSource source, Window owner) {
        I18n texts = i18n.get();
        SheetPreviewViewModel model = new SheetPreviewViewModel(sheets, SheetFont.shipped(), settings, runner,
                source, texts.language().locale());
        SheetPreviewDialog dialog = new SheetPreviewDialog(model, texts, owner);
        dialog.show();
        return dialog;
    }

    private static List<Long> ids(long[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
