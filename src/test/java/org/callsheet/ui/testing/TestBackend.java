package org.callsheet.ui.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Order;
import org.callsheet.model.Phone;
import org.callsheet.ui.UiServices;

/** Logic services over in-memory repositories, with a few known customers. */
public final class TestBackend {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    public final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
    public final InMemorySettingsRepository settingsRepository = new InMemorySettingsRepository();
    public final CustomerSearchIndex index = new CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
    public final CustomerService service = new CustomerService(repository, new PhoneNormalizer(), index, CLOCK,
            () -> "王芳");
    public final CustomerBook book = new CustomerBook(repository, index);
    public final Settings settings = new Settings(settingsRepository);
    public final AtomicBoolean shutDown = new AtomicBoolean();

    /** Adds a customer straight to the repository. */
    public Customer add(String name, CustomerStatus status, String province, String city, String district,
                        String owner, List<String> tags, String mobile) {
        Customer customer = new Customer(null, UUID.randomUUID().toString(), null, name, CustomerKind.COMPANY,
                null, null, new Address("", province, city, district), null, null, owner, tags, null, false,
                status, CLOCK.instant(), CLOCK.instant());
        List<Contact> contacts = mobile == null ? List.of() : List.of(new Contact(null, UUID.randomUUID().toString(),
                null, "联系人", null, true, new Phone(mobile, mobile), Phone.NONE, null, null, CLOCK.instant(),
                CLOCK.instant()));
        return repository.insert(customer, contacts);
    }

    /** Four customers in three places; 北京科技 has an order. */
    public TestBackend withSampleCustomers() {
        Customer beijing = add("北京科技有限公司", CustomerStatus.BIG, "北京市", "北京市", "海淀区", "王芳",
                List.of("软件"), "13800138000");
        repository.addOrder(beijing.id(), new Order(1L, "o-1", null, beijing.id(), LocalDate.of(2026, 1, 5),
                new BigDecimal("12800.00"), new BigDecimal("9000.00"), new BigDecimal("12800.00"),
                LocalDate.of(2026, 2, 5), CLOCK.instant(), CLOCK.instant()));
        add("上海贸易公司", CustomerStatus.SMALL, "上海市", "上海市", "浦东新区", "李强", List.of("外贸"),
                "13912345678");
        add("杭州茶叶店", CustomerStatus.PROSPECT, "浙江省", "杭州市", "西湖区", "王芳", List.of("零售", "茶"), null);
        add("宁波港口物流", CustomerStatus.SUSPECT, "浙江省", "宁波市", "北仑区", "李强", List.of(), null);
        return this;
    }

    public void loadIndex() {
        book.loadIndex(n -> { }, () -> false);
    }

    public UiServices services() {
        return services(null);
    }

    public UiServices services(org.callsheet.ui.analysis.AnalysisBackend analysis) {
        return UiServices.builder(service, book, settings, CLOCK).version("0.1.0-test")
                .demoData((n, progress, cancelled) -> 0).shutdown(() -> shutDown.set(true)).analysis(analysis)
                .fieldHistory(repository).build();
    }
}
