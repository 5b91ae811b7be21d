package org.callsheet.ui.today;

import java.time.ZoneId;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.calls.CallDialog;
import org.callsheet.ui.calls.CallDialogViewModel;
import org.callsheet.ui.calls.CallHistoryPane;
import org.callsheet.ui.calls.CallLine;
import org.callsheet.logic.reminders.CallServices;
import org.callsheet.ui.calls.CallsView;
import org.callsheet.ui.calls.CallsViewModel;
import org.callsheet.ui.calls.OutcomeChoices;
import org.callsheet.ui.calls.SystemDialer;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.i18n.I18n;

/**
 * The Today and Calls screens, the call dialog and the customer's call history, for the main
 * window. Their view models live as long as the window; views are rebuilt with the language.
 */
public final class CallScreens {
    private final CallServices calls;
    private final UiServices services;
    private final TaskRunner runner;
    private final StatusModel status;
    private final Stage stage;
    private final Supplier<I18n> i18n;
    private final Supplier<String> repName;
    private final LongConsumer openCustomer;
    private final TodayViewModel today;
    private final CallsViewModel log;
    private final DueNotifier notifier;
    private TodayView todayView;
    private CallsView callsView;

    public CallScreens(CallServices calls, UiServices services, TaskRunner runner, StatusModel status, Stage stage,
                       Supplier<I18n> i18n, Supplier<String> repName, LongConsumer openCustomer) {
        this.calls = calls;
        this.services = services;
        this.runner = runner;
        this.status = status;
        this.stage = stage;
        this.i18n = i18n;
        this.repName = repName;
        this.openCustomer = openCustomer;
        this.today = new TodayViewModel(calls, services.book(), runner, services.clock(), status, repName.get());
        this.log = new CallsViewModel(calls, services.book(), runner, services.clock(), status);
        this.notifier = new DueNotifier(today, stage, i18n, zone());
    }

    public TodayViewModel todayModel() {
        return today;
    }

    public CallsViewModel callsModel() {
        return log;
    }

    /** Loads the screens' data and starts watching for follow-ups coming due. */
    public void start() {
        today.refresh();
        log.start();
        notifier.start();
    }

    /** Brings the screen just shown up to date (data may have changed elsewhere, or the day turned). */
    public void shown(boolean todayScreen, boolean callsScreen) {
        if (todayScreen) {
            today.refresh();
        }
        if (callsScreen) {
            log.refresh();
            if (callsView != null) {
                callsView.focus();
            }
        }
    }

    public void stop() {
        notifier.stop();
    }

    public Node today(I18n texts) {
        todayView = new TodayView(today, texts, zone(), new Dialogs(stage, texts), new TodayView.Actions() {
            @Override
            public void logCall(Long customerId) {
                CallScreens.this.logCall(customerId, stage, () -> { });
            }

            @Override
            public void openCustomer(long customerId) {
                openCustomer.accept(customerId);
            }
        });
        return todayView.node();
    }

    public Node calls(I18n texts) {
        callsView = new CallsView(log, texts, zone(), new CallsView.Actions() {
            @Override
            public void openCustomer(long customerId) {
                openCustomer.accept(customerId);
            }

            @Override
            public void logCall(Long customerId) {
                CallScreens.this.logCall(customerId, stage, () -> { });
            }

            @Override
            public void editCall(CallLine line) {
                CallScreens.this.editCall(line, stage, () -> { });
            }

            @Override
            public void deleteCall(CallLine line) {
                CallScreens.this.deleteCall(line, texts, stage, () -> { });
            }
        });
        return callsView.node();
    }

    /** Opens a logged call in the call dialog to correct it; Today, Calls and {@code afterSaved} follow. */
    public void editCall(CallLine line, Window owner, Runnable afterSaved) {
        CallDialogViewModel model = new CallDialogViewModel(calls, services.book(), services.customers(),
                OutcomeChoices.from(services.settings()), runner, services.clock(), status, repName.get());
        model.edit(line.call(), line.outcome());
        new CallDialog(model, i18n.get(), owner, new SystemDialer(), zone(), saved -> {
            today.refresh();
            log.refresh();
            afterSaved.run();
        }).show();
    }

    /** Asks, then deletes a logged call. */
    public void deleteCall(CallLine line, I18n texts, Window owner, Runnable afterDeleted) {
        String when = texts.dates().dateTime(line.call().startedAt(), zone());
        boolean sure = new Dialogs(owner, texts).confirm(texts.get("callLog.delete.title"),
                texts.format("callLog.delete.header", when), texts.get("callLog.delete.body"), "callLog.delete", true);
        if (sure) {
            log.delete(line, () -> {
                today.refresh();
                afterDeleted.run();
            });
        }
    }

    /** Opens the call dialog (for a known customer, or to choose one); Today and Calls refresh after a save. */
    public void logCall(Long customerId, Window owner, Runnable afterSaved) {
        CallDialogViewModel model = new CallDialogViewModel(calls, services.book(), services.customers(),
                OutcomeChoices.from(services.settings()), runner, services.clock(), status, repName.get());
        if (customerId != null) {
            model.startFor(customerId);
        }
        new CallDialog(model, i18n.get(), owner, new SystemDialer(), zone(), saved -> {
            today.refresh();
            log.refresh();
            afterSaved.run();
        }).show();
    }

    /** The call history of a customer, with its own "log a call" button, for the customer editor. */
    public CallHistoryPane history(long customerId, Window owner) {
        CallHistoryPane[] pane = new CallHistoryPane[1];
        pane[0] = new CallHistoryPane(calls, runner, customerId, i18n.get(), zone(), new CallHistoryPane.Actions() {
            @Override
            public void logCall() {
                CallScreens.this.logCall(customerId, owner, () -> pane[0].refresh());
            }

            @Override
            public void editCall(CallLine line) {
                CallScreens.this.editCall(line, owner, () -> pane[0].refresh());
            }

            @Override
            public void deleteCall(CallLine line) {
                CallScreens.this.deleteCall(line, i18n.get(), owner, () -> pane[0].refresh());
            }
        });
        return pane[0];
    }

    private ZoneId zone() {
        return services.clock().getZone();
    }
}
