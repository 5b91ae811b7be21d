package org.callsheet.ui.shell;

import org.callsheet.model.OpportunitySource;
import org.callsheet.ui.funnel.OpportunityDraft;
import org.callsheet.ui.sheets.PageSource;
import org.callsheet.ui.visits.VisitsView;
import org.callsheet.ui.visits.VisitsViewModel;

import javafx.scene.Node;
import org.callsheet.ui.analysis.AnalysisView;
import org.callsheet.ui.customers.CustomersView;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.imports.ExportViewModel;
import org.callsheet.ui.imports.ImportExportView;
import org.callsheet.ui.imports.ImportViewModel;

/**
 * The one place where a screen's page is created (a new screen adds its case to {@link #page}).
 * Pages are built in the shell's language; the view models behind them outlive a language change.
 */
final class ScreenPages {
    private final WindowSession session;
    private final Navigation navigation;
    private CustomersView customersView;
    private ImportExportView importExportView;
    private ImportViewModel importModel;
    private ExportViewModel exportModel;

    ScreenPages(WindowSession session, Navigation navigation) {
        this.session = session;
        this.navigation = navigation;
    }

    Node page(Screen screen, I18n texts) {
        return switch (screen) {
            case TODAY -> session.calls().map(calls -> calls.today(texts)).orElseGet(() -> coming(screen, texts));
            case CUSTOMERS -> customersView(texts).node();
            case CALLS -> session.calls().map(calls -> calls.calls(texts)).orElseGet(() -> coming(screen, texts));
            case ANALYSIS -> session.analysis().map(analysis -> {
                analysis.refresh();
                return new AnalysisView(analysis, texts).node();
            }).orElseGet(() -> coming(screen, texts));
            case IMPORT_EXPORT -> session.services().importExport() == null ? coming(screen, texts)
                    : importExportView(texts);
            case SETTINGS -> SettingsPage.create(session.preferences(), session.services().settings(),
                    session.runner(), session.status(), texts, session.services().safety());
            case VISITS -> session.visits().map(visits -> visitsView(visits, texts)).orElseGet(() -> coming(screen, texts));
            case FUNNEL -> session.funnel().map(funnel -> funnel.page(texts)).orElseGet(() -> coming(screen, texts));
        };
    }

    /** Forgets the pages built in the old language. */
    void languageChanged() {
        customersView = null;
        importExportView = null;
    }

    /** Brings the screen just shown up to date (data may have changed elsewhere, or the day turned). */
    void shown(Screen screen) {
        session.calls().ifPresent(calls -> calls.shown(screen == Screen.TODAY, screen == Screen.CALLS));
        if (screen == Screen.FUNNEL) {
            session.funnel().ifPresent(funnel -> funnel.readAgain());
        }
    }

    CustomersView customersView(I18n texts) {
        if (customersView == null) {
            CustomerEditors editors = session.editors();
            customersView = new CustomersView(session.customers(), session.status(), texts,
                    new CustomersView.Actions() {
                        @Override
                        public void openCustomer(long id) {
                            editors.open(id);
                        }

                        @Override
                        public void newCustomer() {
                            editors.open(null);
                        }

                        @Override
                        public boolean confirmDelete(String name) {
                            return navigation.dialogs().confirm(texts.get("delete.title"),
                                    texts.format("delete.question", name), texts.get("delete.detail"),
                                    "delete.confirm", true);
                        }
                    }, session.preferences().customerColumns(session.status().failure("status.columnsNotSaved")));
            session.calls().ifPresent(calls -> customersView.addRowAction(texts.get("callDialog.title"),
                    id -> calls.logCall(id, navigation.dialogs().owner(), () -> { })));
            session.printing().ifPresent(printing -> printing.attachTo(customersView, navigation.dialogs().owner()));
        }
        return customersView;
    }

    /** The customer selected in the customer table while it is the screen shown, else null. */
    Long selectedCustomer() {
        if (navigation.current() != Screen.CUSTOMERS || customersView == null) {
            return null;
        }
        return customersView.selectedCustomerId().stream().boxed().findFirst().orElse(null);
    }

    private Node importExportView(I18n texts) {
        if (importExportView == null) {
            // the models outlive a language change: the chosen file, mapping and preview stay
            if (importModel == null) {
                importModel = new ImportViewModel(session.services().importExport(), session.runner(), texts,
                        session.customers()::dataChanged);
                exportModel = new ExportViewModel(session.services().importExport(), session.runner(), texts);
            } else {
                importModel.relabel(texts);
                exportModel.relabel(texts);
            }
            importExportView = new ImportExportView(importModel, exportModel, texts);
        }
        importModel.defaultOwnerProperty().set(session.preferences().repName());
        return importExportView.node();
    }

    private Node visitsView(VisitsViewModel visits, I18n texts) {
        if (visits.dayProperty().get() == null) {
            visits.load();
        }
        return new VisitsView(visits, texts, navigation.dialogs(), new VisitsView.Actions() {
            @Override
            public void openCustomer(long customerId) {
                session.editors().open(customerId);
            }

            @Override
            public void printDaySheet(PageSource source) {
                session.printing().ifPresent(printing -> printing.preview(source, navigation.dialogs().owner()));
            }

            @Override
            public boolean canPrint() {
                return session.printing().isPresent();
            }

            @Override
            public void openOpportunity(long customerId, String title, String nextStep) {
                session.funnel().ifPresent(funnel -> funnel.openNew(new OpportunityDraft(customerId,
                        OpportunitySource.VISIT, title, nextStep), navigation.dialogs().owner(), () -> { }));
            }

            @Override
            public boolean canOpenOpportunity() {
                return session.funnel().isPresent();
            }
        }).node();
    }

    private static Node coming(Screen screen, I18n texts) {
        return ComingSoonPage.create(screen, texts);
    }
}
