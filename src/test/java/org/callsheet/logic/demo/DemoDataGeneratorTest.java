package org.callsheet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.callsheet.logic.customers.BulkCustomerWriter.Entry;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.Order;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static List<Entry> generate(int customers, long seed, int batchSize) {
        RecordingBulkWriter writer = new RecordingBulkWriter();
        DemoFixtures.generator(batchSize).generate(customers, seed, writer, DemoProgress.NONE, () -> false);
        return writer.entries();
    }

    @Test
    void sameSeedGivesTheSameBookWhateverTheBatchSize() {
        List<Entry> first = generate(300, 42, 2_000);
        assertThat(generate(300, 42, 7)).isEqualTo(first);
        assertThat(generate(300, 43, 2_000)).isNotEqualTo(first);
        assertThat(generate(300, 43, 2_000).getFirst().customer().uid()).isNotEqualTo(first.getFirst().customer().uid());
    }

    /** Pins one customer, so a change to the generator that alters existing seeds is noticed. */
    @Test
    void seedFortyTwoStillGivesTheSameFirstCustomer() {
        Entry first = generate(1, 42, 2_000).getFirst();
        assertThat(first.customer().uid()).isEqualTo("00000000-0000-83b9-92f4-566ffbdd279a");
        assertThat(first.customer().name()).isEqualTo("徐州市远源文具有限公司");
        assertThat(first.orders()).hasSize(2);
        assertThat(first.orders().stream().map(Order::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo("37171.87");
    }

    @Test
    void writesInBatchesAndReportsProgressAndCounts() {
        RecordingBulkWriter writer = new RecordingBulkWriter();
        List<long[]> reports = new ArrayList<>();
        DemoResult result = DemoFixtures.generator().generate(4_500, 1, writer,
                (done, total) -> reports.add(new long[] {done, total}), () -> false);

        assertThat(writer.batches).extracting(List::size).containsExactly(2_000, 2_000, 500);
        assertThat(reports).extracting(r -> r[0]).containsExactly(0L, 2_000L, 4_000L, 4_500L);
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(4_500L));
        List<Entry> entries = writer.entries();
        assertThat(result).isEqualTo(new DemoResult(4_500,
                entries.stream().mapToLong(e -> e.contacts().size()).sum(),
                entries.stream().mapToLong(e -> e.orders().size()).sum(), false));
        assertThat(result.contacts()).isGreaterThan(4_500);
        assertThat(result.orders()).isGreaterThan(10_000);
    }

    @Test
    void stopsBeforeTheNextBatchWhenCancelled() {
        RecordingBulkWriter writer = new RecordingBulkWriter();
        DemoResult result = DemoFixtures.generator().generate(10_000, 1, writer, DemoProgress.NONE,
                () -> writer.batches.size() == 1);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.customers()).isEqualTo(2_000);
        assertThat(writer.batches).hasSize(1);
    }

    @Test
    void rejectsCountsOutOfRangeWithoutWriting() {
        RecordingBulkWriter writer = new RecordingBulkWriter();
        AtomicInteger progressCalls = new AtomicInteger();
        for (int bad : new int[] {0, -5, DemoDataGenerator.MAX_CUSTOMERS + 1}) {
            assertThatThrownBy(() -> DemoFixtures.generator().generate(bad, 1, writer,
                    (d, t) -> progressCalls.incrementAndGet(), () -> false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(writer.batches).isEmpty();
        assertThat(progressCalls).hasValue(0);
    }

    @Test
    void customersHaveStableUniqueIdsAndClockStamps() {
        List<Entry> entries = generate(2_000, 7, 2_000);
        var uids = new HashSet<String>();
        entries.forEach(e -> {
            assertThat(UUID.fromString(e.customer().uid()).version()).isEqualTo(8);
            uids.add(e.customer().uid());
            e.contacts().forEach(c -> uids.add(c.uid()));
            e.orders().forEach(o -> uids.add(o.uid()));
            assertThat(e.customer().createdAt()).isEqualTo(DemoFixtures.CLOCK.instant());
            assertThat(e.customer().updatedAt()).isEqualTo(DemoFixtures.CLOCK.instant());
            assertThat(e.customer().externalId()).matches("KH\\d{7}");
        });
        String previousMax = "";
        for (Entry e : entries) {
            List<String> own = java.util.stream.Stream.concat(java.util.stream.Stream.of(e.customer().uid()),
                    java.util.stream.Stream.concat(e.contacts().stream().map(c -> c.uid()),
                            e.orders().stream().map(o -> o.uid()))).sorted().toList();
            assertThat(own.getFirst()).as("a customer's ids sort after the previous customer's").isGreaterThan(previousMax);
            previousMax = own.getLast();
        }
        long total = entries.size() + entries.stream().mapToLong(e -> e.contacts().size() + e.orders().size()).sum();
        assertThat(uids).hasSize((int) total);
        assertThat(entries.getFirst().customer().externalId()).isEqualTo("KH0000001");
    }

    @Test
    void mixesCompaniesAndPeopleWithRealisticNames() {
        List<Entry> entries = generate(2_000, 11, 2_000);
        long people = entries.stream().filter(e -> e.customer().kind() == CustomerKind.PERSON).count();
        assertThat(people).isBetween(200L, 400L);
        entries.stream().filter(e -> e.customer().kind() == CustomerKind.COMPANY).forEach(e -> {
            assertThat(e.customer().name()).matches(".+(有限公司|有限责任公司|经营部|商行)");
            assertThat(e.customer().industry()).isNotBlank();
            assertThat(e.customer().sizeClass()).matches("\\d+(-\\d+)?人(以上)?");
            assertThat(e.contacts()).isNotEmpty();
            assertThat(e.contacts().getFirst().decisionMaker()).isTrue();
            assertThat(e.contacts().getFirst().title()).isNotBlank();
        });
        entries.stream().filter(e -> e.customer().kind() == CustomerKind.PERSON).forEach(e -> {
            assertThat(e.customer().name()).matches("\\p{IsHan}{2,4}");
            assertThat(e.contacts()).hasSize(1);
            assertThat(e.contacts().getFirst().name()).isEqualTo(e.customer().name());
        });
        assertThat(entries).extracting(e -> e.customer().ownerRep()).doesNotContainNull().hasSizeGreaterThan(0);
        assertThat(entries.stream().map(e -> e.customer().ownerRep()).distinct().count()).isGreaterThan(4);
        assertThat(entries.stream().filter(e -> !e.customer().tags().isEmpty()).count()).isGreaterThan(500);
    }

    @Test
    void customersAreSharedAmongTheGivenTeam() {
        List<String> team = DemoDataGenerator.teamWith("孙丽");
        assertThat(team).hasSize(5).first().isEqualTo("孙丽");
        assertThat(DemoDataGenerator.teamWith("张伟")).startsWith("张伟", "王芳").doesNotHaveDuplicates();
        assertThat(DemoDataGenerator.teamWith(" ")).isEqualTo(DemoDataGenerator.DEFAULT_REPS);

        RecordingBulkWriter writer = new RecordingBulkWriter();
        DemoFixtures.generator().generate(1_000, 5, team, writer, DemoProgress.NONE, () -> false);
        var owners = writer.entries().stream().map(e -> e.customer().ownerRep()).toList();
        assertThat(owners).containsOnlyElementsOf(team);
        assertThat(owners.stream().filter("孙丽"::equals).count()).isBetween(150L, 250L);
    }
}
