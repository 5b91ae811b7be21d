package org.callsheet.ui.funnel;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.model.Opportunity;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.i18n.I18n;

/**
 * The Funnel screen (board, list, funnel chart), the opportunity dialog and the customer's
 * Opportunities tab, for the main window. The view models live as long as the window; the views
 * are rebuilt with the language. Any change made in one place is read again by the others.
 */
public final class FunnelScreens {
    private final FunnelTools tools;
    private final CustomerBook book;
    private final TaskRunner runner;
    private final StatusModel status;
    private final Clock clock;
    private final Window window;
    private final Supplier<I18n> i18n;
    private final Supplier<String> repName;
    private final BoardViewModel board;
    private final OpportunityListViewModel list;
    private final FunnelViewModel funnel;
    private final OwnerChoices owners;
    private TabPane tabs;
    private int selectedTab;

    public FunnelScreens(FunnelTools tools, CustomerBook book, TaskRunner runner, StatusModel status, Clock clock,
                         Window window, Supplier<I18n> i18n, Supplier<String> repName) {
        this.tools = tools;
        this.book = book;
        this.runner = runner;
        this.status = status;
        this.clock = clock;
        this.window = window;
        this.i18n = i18n;
        this.repName = repName;
        this.board = new BoardViewModel(tools, runner, status);
        this.list = new OpportunityListViewModel(tools.opportunities(), runner, status, zone());
        this.funnel = new FunnelViewModel(tools.funnel(), runner, status, clock, (stage, from, to, owner) -> {
            list.showReached(stage, from, to, owner);
            if (tabs != null) {
                tabs.getSelectionModel().select(1);
            }
        });
        this.owners = new OwnerChoices(tools.opportunities()::owners, runner, status);
        board.onChanged(this::readAgain);
    }

    public BoardViewModel boardModel() {
        return board;
    }

    public OpportunityListViewModel listModel() {
        return list;
    }

    public FunnelViewModel funnelModel() {
        return funnel;
    }

    /** The screen's page in {@code texts}' language: the board, the list and the funnel as tabs. */
    public Node page(I18n texts) {
        FunnelLabels labels = new FunnelLabels(texts);
        Dialogs dialogs = new Dialogs(window, texts);
        BoardView boardView = new BoardView(board, labels, new BoardView.Actions() {
            @Override
            public void newOpportunity() {
                openNew(OpportunityDraft.manual(null), window, () -> { });
            }

            @Override
            public void open(long id) {
                FunnelScreens.this.open(id, window, () -> { });
            }

            @Override
            public Optional<String> askLostReason(OpportunityCard card) {
                return LostReasonDialog.ask(card.title(), tools.opportunities().settings().lostReasons(), labels,
                        dialogs);
            }
        });
        OpportunityListView listView = new OpportunityListView(list, labels, zone(), owners, new OpportunityListView.Actions() {
            @Override
            public void newOpportunity() {
                openNew(OpportunityDraft.manual(null), window, () -> { });
            }

            @Override
            public void open(long id) {
                FunnelScreens.this.open(id, window, () -> { });
            }
        });
        FunnelView funnelView = new FunnelView(funnel, labels, owners);
        Tab boardTab = tab("funnel-tab-board", texts.get("funnel.tab.board"), boardView.node());
        Tab listTab = tab("funnel-tab-list", texts.get("funnel.tab.list"), listView.node());
        Tab funnelTab = tab("funnel-tab-chart", texts.get("funnel.tab.funnel"), funnelView.node());
        tabs = new TabPane(boardTab, listTab, funnelTab);
        tabs.setId("funnelTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(atlantafx.base.theme.Styles.TABS_FLOATING);
        tabs.getSelectionModel().select(selectedTab);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> selectedTab = now.intValue());
        tabs.getStylesheets().add(FunnelScreens.class.getResource("/org/callsheet/ui/funnel/funnel.css").toExternalForm());
        tabs.setPadding(new javafx.geometry.Insets(12));
        return tabs;
    }

    /** Opens the dialog for a new opportunity; everything shown is read again after it is stored. */
    public void openNew(OpportunityDraft draft, Window owner, Runnable afterSaved) {
        OpportunityDialogViewModel model = new OpportunityDialogViewModel(tools, book, runner);
        model.startNew(draft, repName.get());
        dialog(model, owner, afterSaved).show();
    }

    /** Opens a stored opportunity in the dialog. */
    public void open(long id, Window owner, Runnable afterSaved) {
        OpportunityDialogViewModel model = new OpportunityDialogViewModel(tools, book, runner);
        model.load(id);
        dialog(model, owner, afterSaved).show();
    }

    /** The Opportunities tab of a customer's editor. */
    public Node customerTab(long customerId, Window owner) {
        FunnelLabels labels = new FunnelLabels(i18n.get());
        CustomerOpportunitiesViewModel model = new CustomerOpportunitiesViewModel(tools, runner, status, customerId);
        CustomerOpportunitiesPane pane = new CustomerOpportunitiesPane(model, labels, zone(),
                new CustomerOpportunitiesPane.Actions() {
                    @Override
                    public void newOpportunity() {
                        openNew(OpportunityDraft.manual(customerId), owner, model::refresh);
                    }

                    @Override
                    public void open(long id) {
                        FunnelScreens.this.open(id, owner, model::refresh);
                    }

                    @Override
                    public Optional<String> askLostReason(OpportunityCard card) {
                        return LostReasonDialog.ask(card.title(), tools.opportunities().settings().lostReasons(),
                                labels, new Dialogs(owner, labels.i18n()));
                    }
                });
        model.onChanged(this::readAgain);
        model.refresh();
        return pane.node();
    }

    /** Reads the board, the list and the funnel again (after a change, or when the screen is shown). */
    public void readAgain() {
        board.refresh();
        list.refresh();
        funnel.refresh();
    }

    private OpportunityDialog dialog(OpportunityDialogViewModel model, Window owner, Runnable afterSaved) {
        I18n texts = i18n.get();
        return new OpportunityDialog(model, new FunnelLabels(texts), owner, zone(), (Opportunity changed) -> {
            status.show(UserMessage.of("funnel.message.saved", changed.terms().title()));
            readAgain();
            afterSaved.run();
        });
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
