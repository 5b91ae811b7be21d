package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FieldChange;
import org.callsheet.model.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The field history an editor save writes, read back a page at a time, and kept through delete and undo. */
class JooqCustomerFieldHistoryTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant SAVED = Instant.parse("2026-11-23T09:30:00Z");
    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final Database db = Database.inMemory("history-" + UUID.randomUUID());
    private final JooqCustomerRepository repo = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);
    private final JooqCustomerFieldHistory history = new JooqCustomerFieldHistory(db.dsl());
    private final CustomerService service = new CustomerService(repo, phones, new CustomerSearchIndex(new Pinyin()),
            Clock.fixed(SAVED, ZoneOffset.UTC), () -> "王芳");

    @AfterEach
    void close() {
        db.close();
    }

    private Customer stored() {
        return repo.insert(new Customer(null, UUID.randomUUID().toString(), "C-1", "星辰科技", null, "制造", "50人",
                new Address("科技园1号", "广东省", "深圳市", "南山区"), new GeoPoint(new BigDecimal("22.540000"),
                new BigDecimal("113.930000")), "展会", "王伟", List.of("重点", "华南"), null, false,
                CustomerStatus.BIG, CREATED, CREATED), List.of());
    }

    private static Customer edited(Customer c, String name, String city, String notes, List<String> tags,
                                   GeoPoint location) {
        return new Customer(c.id(), c.uid(), c.externalId(), name, c.kind(), c.industry(), c.sizeClass(),
                new Address(c.address().street(), c.address().province(), city, c.address().district()), location,
                c.source(), c.ownerRep(), tags, notes, c.noNeed(), c.status(), c.createdAt(), c.updatedAt());
    }

    @Test
    void anEditorSaveRecordsExactlyTheChangedFieldsWithTheRepAndTheClocksTime() {
        Customer c = stored();
        // the same tags in another order and the location with fewer decimals are no change
        service.save(edited(c, "星辰科技有限公司", "广州市", "  ", List.of("华南", "重点"),
                new GeoPoint(new BigDecimal("22.54"), new BigDecimal("113.93"))), List.of());

        List<CustomerFieldChange> entries = history.newestFirst(c.id(), Optional.empty(), 0, 100);
        assertThat(entries).extracting(e -> e.change().field(), e -> e.change().oldText(), e -> e.change().newText())
                .containsExactlyInAnyOrder(tuple(CustomerField.NAME, "星辰科技", "星辰科技有限公司"),
                        tuple(CustomerField.CITY, "深圳市", "广州市"));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo(ChangeSource.rep("王芳"));
            assertThat(e.changedAt()).isEqualTo(SAVED);
            assertThat(e.customerId()).isEqualTo(c.id());
        });
    }

    @Test
    void aSaveThatChangesNothingRecordsNothingAndAClearedFieldIsAnEmptyNewValue() {
        Customer c = stored();
        service.save(c, List.of());
        assertThat(history.newestFirst(c.id(), Optional.empty(), 0, 100)).isEmpty();

        service.save(edited(c, c.name(), c.address().city(), "回访", List.of(), null), List.of());

        assertThat(history.newestFirst(c.id(), Optional.empty(), 0, 100)).extracting(CustomerFieldChange::change)
                .containsExactlyInAnyOrder(new FieldChange(CustomerField.NOTES, "", "回访"),
                        new FieldChange(CustomerField.TAGS, "华南, 重点", ""),
                        new FieldChange(CustomerField.LOCATION, "22.54,113.93", ""));
        assertThat(history.fieldsChanged(c.id()))
                .containsExactly(CustomerField.LOCATION, CustomerField.TAGS, CustomerField.NOTES);
    }

    @Test
    void thousandsOfEntriesAreReadNewestFirstAPageAtATimeAndByField() {
        Customer c = stored();
        for (int i = 1; i <= 1_200; i++) {
            Customer now = repo.findById(c.id()).orElseThrow();
            Customer next = edited(now, i % 3 == 0 ? "星辰" + i : now.name(), now.address().city(), "备注 " + i,
                    now.tags(), now.location()).withStamps(CREATED, SAVED.plusSeconds(i));
            repo.update(next, List.of(), "王芳");
        }

        List<CustomerFieldChange> first = history.newestFirst(c.id(), Optional.empty(), 0, 100);
        List<CustomerFieldChange> second = history.newestFirst(c.id(), Optional.empty(), 100, 100);
        assertThat(first).hasSize(100);
        assertThat(first.getFirst().changedAt()).isEqualTo(SAVED.plusSeconds(1_200));
        assertThat(first.getLast().changedAt()).isAfterOrEqualTo(second.getFirst().changedAt());
        assertThat(first).extracting(CustomerFieldChange::id).doesNotContainAnyElementsOf(
                second.stream().map(CustomerFieldChange::id).toList());
        List<CustomerFieldChange> names = history.newestFirst(c.id(), Optional.of(CustomerField.NAME), 0, 1_000);
        assertThat(names).hasSize(400).allSatisfy(e -> assertThat(e.change().field()).isEqualTo(CustomerField.NAME));
        assertThat(names.getFirst().change().newText()).isEqualTo("星辰1200");
    }

    @Test
    void aDeletedCustomerTakesItsHistoryAlongAndUndoBringsItBack() {
        Customer c = stored();
        service.save(edited(c, "星辰科技有限公司", "深圳市", null, c.tags(), c.location()), List.of());
        List<CustomerFieldChange> before = history.newestFirst(c.id(), Optional.empty(), 0, 100);

        CustomerSnapshot snapshot = repo.delete(c.id()).orElseThrow();
        assertThat(history.newestFirst(c.id(), Optional.empty(), 0, 100)).isEmpty();
        repo.restore(snapshot);

        assertThat(history.newestFirst(c.id(), Optional.empty(), 0, 100)).isEqualTo(before).hasSize(1);
    }
}
