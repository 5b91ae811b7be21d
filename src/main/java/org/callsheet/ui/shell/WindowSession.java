package org.callsheet.ui.shell;

import org.callsheet.ui.visits.VisitsViewModel;

import java.util.Optional;
import javafx.stage.Stage;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.analysis.AnalysisViewModel;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.model.OpportunitySource;
import org.callsheet.ui.funnel.FunnelScreens;
import org.callsheet.ui.funnel.OpportunityDraft;
import org.callsheet.ui.customers.CustomersViewModel;
import org.callsheet.ui.sheets.ProfilePrinting;
import org.callsheet.ui.today.CallScreens;

/**
 * What the main window holds once the database is open: the services and the view models that
 * outlive language changes. A feature the app was built without is an empty optional (its screen
 * says what will come).
 */
final class WindowSession {
    private final UiServices services;
    private final UserPreferences preferences;
    private final TaskRunner runner;
    private final StatusModel status;
    private final CustomersViewModel customers;
    private final CustomerEditors editors;
    private final Optional<CallScreens> calls;
    private final Optional<AnalysisViewModel> analysis;
    private final Optional<ProfilePrinting> printing;
    private final Optional<VisitsViewModel> visits;
    private final Optional<FunnelScreens> funnel;

    WindowSession(UiServices services, UserPreferences preferences, TaskRunner runner, StatusModel status,
                  Stage stage, Navigation navigation) {
        this.services = services;
        this.preferences = preferences;
        this.runner = runner;
        this.status = status;
        this.customers = new CustomersViewModel(services.book(), services.customers(), runner, status);
        this.editors = new CustomerEditors(this, navigation);
        this.funnel = Optional.ofNullable(services.funnel()).map(tools -> new FunnelScreens(tools, services.book(),
                runner, status, services.clock(), stage, navigation::i18n, preferences::repName));
        this.calls = Optional.ofNullable(services.calls()).map(c -> new CallScreens(c, services, runner, status,
                stage, navigation::i18n, preferences::repName, editors::open));
        funnel.ifPresent(f -> calls.ifPresent(c -> c.offerOpportunities((customerId, title, nextStep, owner) ->
                f.openNew(new OpportunityDraft(customerId, OpportunitySource.CALL, title, nextStep), owner, () -> { }))));
        this.printing = Optional.ofNullable(services.profileSheets()).map(sheets -> new ProfilePrinting(sheets,
                services.settings(), runner, navigation::i18n));
        this.visits = Optional.ofNullable(services.visits()).map(v -> new VisitsViewModel(v, runner));
        this.analysis = Optional.ofNullable(services.analysis()).map(a -> new AnalysisViewModel(a, runner,
                filter -> {
                    customers.showFiltered(filter);
                    navigation.show(Screen.CUSTOMERS);
                }));
    }

    UiServices services() {
        return services;
    }

    UserPreferences preferences() {
        return preferences;
    }

    TaskRunner runner() {
        return runner;
    }

    StatusModel status() {
        return status;
    }

    CustomersViewModel customers() {
        return customers;
    }

    CustomerEditors editors() {
        return editors;
    }

    Optional<CallScreens> calls() {
        return calls;
    }

    Optional<AnalysisViewModel> analysis() {
        return analysis;
    }

    /** The Visits screen's state; empty when the app was built without it. */
    Optional<VisitsViewModel> visits() {
        return visits;
    }

    /** Opportunities and the funnel; empty when the app was built without them. */
    Optional<FunnelScreens> funnel() {
        return funnel;
    }

    /** Printing of profile sheets; empty when the app was built without them. */
    Optional<ProfilePrinting> printing() {
        return printing;
    }
}
