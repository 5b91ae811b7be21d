package org.callsheet.ui.testing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.customers.SearchEntry;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Order;

/**
 * Any number of made-up customers computed from their id, so a million cost no memory here: for
 * checking that the customer book stays responsive at that size. Read-only.
 */
public final class SyntheticCustomerRepository implements CustomerRepository {
    private static final String[][] PLACES = {{"北京", "beijing", "bj"}, {"上海", "shanghai", "sh"},
            {"杭州", "hangzhou", "hz"}, {"广州", "guangzhou", "gz"}, {"成都", "chengdu", "cd"}};
    private static final String[][] TRADES = {{"科技", "keji", "kj"}, {"贸易", "maoyi", "my"},
            {"物流", "wuliu", "wl"}, {"茶叶", "chaye", "cy"}, {"建材", "jiancai", "jc"}, {"食品", "shipin", "sp"}};
    private final int size;

    public SyntheticCustomerRepository(int size) {
        this.size = size;
    }

    public static String name(long id) {
        return PLACES[(int) (id % PLACES.length)][0] + TRADES[(int) (id / 5 % TRADES.length)][0] + id + "号";
    }

    private static CustomerStatus status(long id) {
        return CustomerStatus.values()[(int) (id % CustomerStatus.values().length)];
    }

    private static String phone(long id) {
        return "138" + String.format("%08d", id);
    }

    @Override
    public long[] findIds(CustomerFilter filter, CustomerSort sort) {
        LongStream ids = LongStream.rangeClosed(1, size);
        if (!filter.statuses().isEmpty()) {
            ids = ids.filter(id -> filter.statuses().contains(status(id)));
        }
        long[] out = ids.toArray();
        if (!sort.ascending()) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                long t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return out;
    }

    @Override
    public List<CustomerRow> rows(long[] ids) {
        return LongStream.of(ids).filter(id -> id >= 1 && id <= size).mapToObj(id -> new CustomerRow(id,
                "C" + id, name(id), CustomerKind.COMPANY, PLACES[(int) (id % PLACES.length)][0] + "市", "", "", "王芳",
                status(id), phone(id), "")).toList();
    }

    @Override
    public void forEachSearchEntry(Consumer<SearchEntry> sink) {
        for (long id = 1; id <= size; id++) {
            sink.accept(searchEntry(id).orElseThrow());
        }
    }

    @Override
    public Optional<SearchEntry> searchEntry(long id) {
        return Optional.of(new SearchEntry(id, name(id), "C" + id, phone(id)));
    }

    @Override
    public long count() {
        return size;
    }

    @Override
    public List<String> owners() {
        return List.of("王芳");
    }

    @Override
    public List<String> tags() {
        return List.of();
    }

    @Override
    public List<String> provinces() {
        return List.of("上海市", "北京市", "广州市", "成都市", "杭州市");
    }

    @Override
    public List<String> cities(String province) {
        return List.of();
    }

    @Override
    public List<String> districts(String province, String city) {
        return List.of();
    }

    @Override
    public Optional<Customer> findById(long id) {
        return Optional.empty();
    }

    @Override
    public Optional<Customer> findByUid(String uid) {
        return Optional.empty();
    }

    @Override
    public Optional<Customer> findByExternalId(String externalId) {
        return Optional.empty();
    }

    @Override
    public Customer insert(Customer customer, List<Contact> contacts) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void update(Customer customer, List<Contact> contacts, String editedBy) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public Optional<CustomerSnapshot> delete(long id) {
        return Optional.empty();
    }

    @Override
    public void restore(CustomerSnapshot snapshot) {
    }

    @Override
    public List<Contact> contactsOf(long customerId) {
        return List.of();
    }

    @Override
    public List<Order> ordersOf(long customerId) {
        return List.of();
    }
}
