package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.customers.SearchEntry;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Order;
import org.callsheet.model.Phone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqCustomerRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final Database db = Database.inMemory("repo-" + UUID.randomUUID());
    private final JooqCustomerRepository repo = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);

    @AfterEach
    void close() {
        db.close();
    }

    private Customer customer(String name, String externalId, String province, String city, String owner,
                              List<String> tags) {
        return new Customer(null, UUID.randomUUID().toString(), externalId, name, null, "制造", "50-100人",
                new Address("科技园1号", province, city, "南山区"), null, "展会", owner, tags, "备注", false,
                null, NOW, NOW);
    }

    private Contact contact(String name, String mobile, String phone) {
        return new Contact(null, UUID.randomUUID().toString(), null, name, "经理", true,
                phones.normalize(mobile), phones.normalize(phone), "a@b.cn", LocalDate.of(1980, 5, 1), NOW, NOW);
    }

    @Test
    void insertsAndReadsBackACustomerWithContactsAndTags() {
        Customer stored = repo.insert(customer("北京科技有限公司", "C-1", "北京市", "北京市", "王伟",
                List.of("重点", "华北")), List.of(contact("李雷", "138 0013 8000", "010-65529988")));

        Customer read = repo.findById(stored.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("北京科技有限公司");
        assertThat(read.tags()).containsExactly("华北", "重点");
        assertThat(read.address().city()).isEqualTo("北京市");
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(repo.findByExternalId("C-1")).contains(read);
        assertThat(repo.findByUid(read.uid())).contains(read);
        List<Contact> contacts = repo.contactsOf(stored.id());
        assertThat(contacts).singleElement().satisfies(c -> {
            assertThat(c.mobile().normalized()).isEqualTo("+8613800138000");
            assertThat(c.mobile().input()).isEqualTo("138 0013 8000");
            assertThat(c.birthday()).isEqualTo(LocalDate.of(1980, 5, 1));
        });
    }

    @Test
    void updateReplacesFieldsAndMatchesContactsByUid() {
        Contact keep = contact("李雷", "13800138000", "");
        Contact drop = contact("韩梅梅", "13900139000", "");
        Customer stored = repo.insert(customer("甲公司", null, "广东省", "深圳市", "王伟", List.of("a")),
                List.of(keep, drop));
        Contact keepStored = repo.contactsOf(stored.id()).get(0);
        Contact edited = new Contact(keepStored.id(), keepStored.uid(), stored.id(), "李雷雷", "总监", false,
                phones.normalize("13700137000"), Phone.NONE, null, null, NOW, NOW);
        Contact added = contact("新人", "13600136000", "");
        Customer renamed = new Customer(stored.id(), stored.uid(), "X-9", "乙公司", null, null, null,
                Address.EMPTY, null, null, "张三", List.of("b", "c"), null, true, CustomerStatus.OTHER, NOW, NOW);

        repo.update(renamed, List.of(edited, added), "王芳");

        Customer read = repo.findById(stored.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("乙公司");
        assertThat(read.noNeed()).isTrue();
        assertThat(read.tags()).containsExactly("b", "c");
        assertThat(repo.contactsOf(stored.id())).extracting(Contact::name).containsExactly("李雷雷", "新人");
        assertThat(repo.contactsOf(stored.id()).get(0).id()).isEqualTo(keepStored.id());
    }

    @Test
    void deleteReturnsASnapshotThatRestoresEverything() {
        Customer stored = repo.insert(customer("甲公司", "C-7", "广东省", "深圳市", "王伟", List.of("a")),
                List.of(contact("李雷", "13800138000", "")));
        new JooqOrderTestData(db.dsl()).addOrder(stored.id(), "2026-01-05", "1200.50");

        CustomerSnapshot snapshot = repo.delete(stored.id()).orElseThrow();
        assertThat(repo.findById(stored.id())).isEmpty();
        assertThat(repo.count()).isZero();

        repo.restore(snapshot);
        assertThat(repo.findById(stored.id())).contains(snapshot.customer());
        assertThat(repo.contactsOf(stored.id())).isEqualTo(snapshot.contacts());
        assertThat(repo.ordersOf(stored.id())).singleElement()
                .satisfies(o -> assertThat(o.amount()).isEqualByComparingTo("1200.50"));
    }

    @Test
    void findIdsFiltersAndSortsByPinyin() {
        long a = repo.insert(customer("北京科技", null, "北京市", "北京市", "王伟", List.of("重点")), List.of()).id();
        long b = repo.insert(customer("安徽贸易", null, "安徽省", "合肥市", "李娜", List.of()), List.of()).id();
        long c = repo.insert(customer("重庆火锅", null, "重庆市", "重庆市", "王伟", List.of("重点")), List.of()).id();

        assertThat(repo.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)).containsExactly(b, a, c);
        assertThat(repo.findIds(CustomerFilter.ALL, new CustomerSort(CustomerSort.Column.NAME, false)))
                .containsExactly(c, a, b);
        assertThat(repo.findIds(new CustomerFilter(Set.of(), "", "", "", "王伟", "重点"), CustomerSort.DEFAULT))
                .containsExactly(a, c);
        assertThat(repo.findIds(new CustomerFilter(Set.of(), "安徽省", "合肥市", "", "", ""), CustomerSort.DEFAULT))
                .containsExactly(b);
        assertThat(repo.findIds(new CustomerFilter(Set.of(CustomerStatus.BIG), "", "", "", "", ""),
                CustomerSort.DEFAULT)).isEmpty();
        assertThat(repo.findIds(CustomerFilter.ALL, new CustomerSort(CustomerSort.Column.STATUS, true))).hasSize(3);
        assertThat(repo.provinces()).containsExactly("北京市", "安徽省", "重庆市");
        assertThat(repo.cities("安徽省")).containsExactly("合肥市");
        assertThat(repo.owners()).containsExactlyInAnyOrder("王伟", "李娜");
        assertThat(repo.tags()).containsExactly("重点");
    }

    @Test
    void rowsComeBackInTheRequestedOrderWithPhoneAndTags() {
        long a = repo.insert(customer("甲", "E1", "广东省", "深圳市", "王伟", List.of("x", "y")),
                List.of(contact("李雷", "13800138000", ""))).id();
        long b = repo.insert(customer("乙", null, "广东省", "广州市", "王伟", List.of()), List.of()).id();

        List<CustomerRow> rows = repo.rows(new long[] {b, a, 999});
        assertThat(rows).extracting(CustomerRow::id).containsExactly(b, a);
        assertThat(rows.get(1).phone()).isEqualTo("13800138000");
        assertThat(rows.get(1).tags()).isEqualTo("x, y");
        assertThat(rows.get(0).phone()).isNull();
    }

    @Test
    void searchEntriesCarryPinyinAndDialDigitsOfEveryContact() {
        long a = repo.insert(customer("北京科技", "C-1", "北京市", "北京市", "王伟", List.of()),
                List.of(contact("李雷", "+86 138 0013 8000", "(010) 6552 9988"), contact("韩梅梅", "13900139000", ""))).id();
        long b = repo.insert(customer("上海", null, "上海市", "上海市", "王伟", List.of()), List.of()).id();

        List<SearchEntry> entries = new ArrayList<>();
        repo.forEachSearchEntry(entries::add);

        assertThat(entries).extracting(SearchEntry::id).containsExactly(a, b);
        assertThat(entries.get(0).name()).isEqualTo("北京科技");
        assertThat(entries.get(0).phoneDigits()).isEqualTo("13800138000 01065529988 13900139000");
        assertThat(entries.get(1).phoneDigits()).isEmpty();
        assertThat(repo.searchEntry(a)).contains(entries.get(0));
    }

    @Test
    void bulkWriterStoresCustomersContactsOrdersAndTags() {
        JooqBulkCustomerWriter writer = new JooqBulkCustomerWriter(db.dsl(), new Pinyin(), phones);
        List<BulkCustomerWriter.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            Order order = new Order(null, UUID.randomUUID().toString(), "O" + i, 0, LocalDate.of(2026, 1, 1),
                    new BigDecimal("10.00"), null, null, null, NOW, NOW);
            entries.add(new BulkCustomerWriter.Entry(customer("客户" + i, "B" + i, "广东省", "深圳市", "王伟",
                    List.of("t")), List.of(contact("联系人" + i, "13800138000", "")), List.of(order)));
        }
        assertThat(writer.insertAll(entries)).isEqualTo(1200);

        assertThat(repo.count()).isEqualTo(1200);
        Customer c = repo.findByExternalId("B777").orElseThrow();
        assertThat(repo.contactsOf(c.id())).extracting(Contact::name).containsExactly("联系人777");
        assertThat(repo.ordersOf(c.id())).extracting(Order::externalId).containsExactly("O777");
        assertThat(c.tags()).containsExactly("t");
    }

}
