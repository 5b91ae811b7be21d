package org.callsheet.ui.shell;

import java.util.Optional;
import javafx.stage.Stage;
import org.callsheet.ui.analysis.ClassificationTab;
import org.callsheet.ui.analysis.CustomerClassificationViewModel;
import org.callsheet.ui.calls.CallHistoryPane;
import org.callsheet.ui.visits.CustomerVisitsPane;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.editor.CustomerEditorViewModel;
import org.callsheet.ui.editor.CustomerEditorWindow;
import org.callsheet.ui.history.FieldHistoryTab;
import org.callsheet.ui.history.FieldHistoryViewModel;
import org.callsheet.ui.i18n.I18n;

/**
 * Opens the customer editor with the tabs the app has (call history, classification, field history). In an
 * editor, Ctrl+L logs a call to that customer, as it does from the main window.
 */
final class CustomerEditors {
    private final WindowSession session;
    private final Navigation navigation;

    CustomerEditors(WindowSession session, Navigation navigation) {
        this.session = session;
        this.navigation = navigation;
    }

    /** Opens a stored customer, or a new one when {@code id} is null. */
    void open(Long id) {
        navigation.show(Screen.CUSTOMERS);
        I18n i18n = navigation.i18n();
        CustomerEditorViewModel editor = new CustomerEditorViewModel(session.services().customers(),
                session.services().book(), session.runner());
        if (id == null) {
            editor.startNew(session.preferences().repName());
        } else {
            editor.load(id);
        }
        CustomerEditorWindow window = new CustomerEditorWindow(editor, i18n, navigation.dialogs(), saved -> {
            session.status().show(UserMessage.of("status.saved", saved.name()));
            session.customers().customerSaved(saved.id());
        });
        Stage stage = window.stage();
        session.calls().ifPresent(calls -> {
            if (id == null) {
                CallShortcut.install(stage.getScene(), () -> calls.logCall(null, stage, () -> { }));
                return;
            }
            CallHistoryPane history = calls.history(id, stage);
            window.addTab(i18n.get("callHistory.tab"), history.node());
            CallShortcut.install(stage.getScene(), () -> calls.logCall(id, stage, history::refresh));
        });
        if (id != null) {
            Optional.ofNullable(session.services().visits()).ifPresent(visits -> window.addTab(
                    i18n.get("visits.customer.tab"), new CustomerVisitsPane(visits, session.runner(), id, i18n).node()));
            session.funnel().ifPresent(funnel -> window.addTab(i18n.get("funnel.customer.tab"),
                    funnel.customerTab(id, stage)));
            session.printing().ifPresent(printing -> printing.attachTo(window, id));
            session.analysis().ifPresent(analysis -> {
                CustomerClassificationViewModel classification = new CustomerClassificationViewModel(
                        session.services().analysis(), session.runner(), id);
                classification.setOnStatusChanged(changed -> {
                    editor.statusChanged(changed);
                    session.customers().customerSaved(id);
                });
                window.withTab(ClassificationTab.create(classification, i18n, editor.fields().nameProperty()::get));
            });
            if (session.services().fieldHistory() != null) {
                window.withTab(FieldHistoryTab.create(new FieldHistoryViewModel(session.services().fieldHistory(),
                        session.runner(), id), i18n, session.services().clock().getZone()));
            }
        }
        window.show();
    }
}
