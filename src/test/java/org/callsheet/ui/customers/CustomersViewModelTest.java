package org.callsheet.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.DeferredTaskRunner;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomersViewModelTest {
    private TestBackend backend;
    private StatusModel status;
    private CustomersViewModel model;

    @BeforeEach
    void setUp() {
        backend = new TestBackend().withSampleCustomers();
        backend.loadIndex();
        status = new StatusModel();
        model = new CustomersViewModel(backend.book, backend.service, new SameThreadTaskRunner(), status);
        model.start();
    }

    private List<String> shownNames() {
        CustomerRowList rows = model.rowsProperty().get();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            names.add(rows.get(i).row().name());
        }
        return names;
    }

    @Test
    void showsEveryCustomerSortedByNameAtFirst() {
        assertThat(model.shownCountProperty().get()).isEqualTo(4);
        assertThat(shownNames()).containsExactly("上海贸易公司", "北京科技有限公司", "宁波港口物流", "杭州茶叶店");
        assertThat(model.filters().provinces()).containsExactly("北京市", "上海市", "浙江省");
        assertThat(model.filters().owners()).containsExactly("李强", "王芳");
        assertThat(model.filters().tags()).contains("软件", "茶");
    }

    @Test
    void findsByPinyinInitialsFullPinyinPhoneDigitsAndHan() {
        model.searchTextProperty().set("bjkj");
        assertThat(shownNames()).containsExactly("北京科技有限公司");
        model.searchTextProperty().set("hangzhou");
        assertThat(shownNames()).containsExactly("杭州茶叶店");
        model.searchTextProperty().set("139-1234");
        assertThat(shownNames()).containsExactly("上海贸易公司");
        model.searchTextProperty().set("港口");
        assertThat(shownNames()).containsExactly("宁波港口物流");
        model.searchTextProperty().set("");
        assertThat(model.shownCountProperty().get()).isEqualTo(4);
    }

    @Test
    void filtersCascadeFromProvinceToCityAndClearTogether() {
        model.filters().provinceProperty().set("浙江省");
        assertThat(model.filters().cities()).containsExactly("杭州市", "宁波市");
        assertThat(shownNames()).containsExactly("宁波港口物流", "杭州茶叶店");
        model.filters().cityProperty().set("杭州市");
        assertThat(model.filters().districts()).containsExactly("西湖区");
        assertThat(shownNames()).containsExactly("杭州茶叶店");

        model.filters().provinceProperty().set("上海市");
        assertThat(model.filters().cityProperty().get()).isEmpty();
        assertThat(model.filters().districts()).isEmpty();
        assertThat(shownNames()).containsExactly("上海贸易公司");

        model.filters().statuses().add(CustomerStatus.BIG);
        assertThat(model.shownCountProperty().get()).isZero();
        model.clearFilters();
        assertThat(model.filters().isAny()).isTrue();
        assertThat(model.shownCountProperty().get()).isEqualTo(4);
    }

    @Test
    void filtersByStatusOwnerAndTag() {
        model.filters().statuses().addAll(List.of(CustomerStatus.BIG, CustomerStatus.PROSPECT));
        assertThat(shownNames()).containsExactly("北京科技有限公司", "杭州茶叶店");
        model.filters().ownerProperty().set("王芳");
        model.filters().tagProperty().set("茶");
        assertThat(shownNames()).containsExactly("杭州茶叶店");
    }

    @Test
    void sortsThroughTheBook() {
        model.sortProperty().set(new CustomerSort(CustomerSort.Column.STATUS, false));
        assertThat(shownNames().getFirst()).isEqualTo("宁波港口物流");
        assertThat(shownNames().getLast()).isEqualTo("北京科技有限公司");
    }

    @Test
    void deleteOffersUndoThatRestoresTheCustomer() {
        long id = model.rowsProperty().get().get(1).id();
        model.delete(id, "北京科技有限公司");
        assertThat(shownNames()).doesNotContain("北京科技有限公司");
        assertThat(status.messageProperty().get().key()).isEqualTo("status.deleted");
        assertThat(status.customerCountProperty().get()).isEqualTo(3);
        assertThat(status.undoProperty().get()).isNotNull();

        assertThat(status.undoLast()).isTrue();
        assertThat(shownNames()).contains("北京科技有限公司");
        assertThat(status.messageProperty().get().key()).isEqualTo("status.restored");
        assertThat(backend.repository.ordersOf(id)).hasSize(1);
        model.searchTextProperty().set("bjkj");
        assertThat(shownNames()).containsExactly("北京科技有限公司");
        assertThat(status.undoLast()).isFalse();
    }

    @Test
    void typingIsDebouncedAndOnlyTheNewestResultIsShown() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        CustomersViewModel deferred = new CustomersViewModel(backend.book, backend.service, runner, status);
        deferred.refresh();
        runner.runAll();
        assertThat(deferred.shownCountProperty().get()).isEqualTo(4);

        deferred.searchTextProperty().set("b");
        deferred.searchTextProperty().set("bj");
        deferred.searchTextProperty().set("bjk");
        assertThat(runner.liveTimers()).isEqualTo(1);
        assertThat(runner.pendingWork()).isZero();
        runner.fireTimers();
        assertThat(runner.pendingWork()).isEqualTo(1);
        assertThat(deferred.busyProperty().get()).isTrue();

        // a newer query overtakes the older one; when the older finishes late it is ignored
        deferred.searchTextProperty().set("hz");
        runner.fireTimers();
        runner.run(1);
        assertThat(deferred.shownCountProperty().get()).isEqualTo(1);
        CustomerRowList newest = deferred.rowsProperty().get();
        runner.run(0);
        assertThat(deferred.rowsProperty().get()).isSameAs(newest);
        assertThat(newest.get(0).isLoaded()).isFalse();
        runner.runAll();
        assertThat(newest.get(0).row().name()).isEqualTo("杭州茶叶店");
        assertThat(deferred.busyProperty().get()).isFalse();
    }

    @Test
    void aSavedCustomerIsSelectedInTheNextRows() {
        long[] selected = {-1};
        model.rowsProperty().addListener((obs, old, now) -> {
            Long id = model.selectAfterQueryProperty().get();
            selected[0] = id == null ? -1 : now.indexOfId(id);
        });
        var blank = backend.service.blank("王芳");
        var saved = backend.service.save(new org.callsheet.model.Customer(null, blank.uid(), null, "安徽新客户",
                null, null, null, null, null, null, "王芳", List.of(), null, false, null, null, null), List.of());
        model.customerSaved(saved.id());
        assertThat(model.shownCountProperty().get()).isEqualTo(5);
        assertThat(selected[0]).isEqualTo(model.rowsProperty().get().indexOfId(saved.id())).isNotNegative();
        assertThat(model.selectAfterQueryProperty().get()).isNull();
        assertThat(status.customerCountProperty().get()).isEqualTo(5);
    }
}
