package org.callsheet.logic.sheets.profile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.Face;
import org.callsheet.logic.classification.rules.RepurchaseBucket;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.Address;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.KeyDate;
import org.callsheet.model.KeyDateKind;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Phone;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.callsheet.model.StageState;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.callsheet.model.VisitSlot;

/** A typical customer (calls, no visits yet), one with visits and opportunities too, and one that has nothing but a name. */
public final class ProfileFactsFixture {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Instant NOW = CLOCK.instant();

    private ProfileFactsFixture() {
    }

    public static ProfileFacts full() {
        Customer customer = new Customer(1L, "uid-1", "C001", "北京科技有限公司", CustomerKind.COMPANY, "软件",
                "50-200", new Address("中关村大街 1 号", "北京市", "北京市", "海淀区"), null, "展会", "张伟",
                List.of("重点", "软件"), "老客户，年底采购。\n联系前先看报价单。", false, CustomerStatus.BIG, NOW, NOW);
        Contact boss = new Contact(11L, "c-11", 1L, "李𠮟明", "总经理", true, new Phone("138 0013 8000", "+8613800138000"),
                new Phone("010-62345678", "+861062345678"), "li@example.cn", LocalDate.of(1975, 4, 18), NOW, NOW);
        Contact buyer = new Contact(12L, "c-12", 1L, "王芳", "采购", false, new Phone("139 1111 2222", "+8613911112222"),
                Phone.NONE, null, null, NOW, NOW);
        CustomerClassification rules = new CustomerClassification(1L, CustomerStatus.BIG, new BigDecimal("1288000.50"),
                14, 23, 4, 5, 5, RfmSegment.values()[0], new BigDecimal("92000.04"), ValueQuadrant.values()[0],
                Face.values()[0], true, 0.82, RepurchaseBucket.values()[0], 3.4, new BigDecimal("410000.00"));
        ProfileClassification classification = new ProfileClassification(
                new ClassificationResult(LocalDate.of(2026, 3, 1), CustomerStatus.BIG, false, rules), 90, 12);
        Call call = new Call(21L, "call-21", null, 1L, 11L, "13800138000", "13800138000", CallDirection.OUTGOING,
                Instant.parse("2026-02-27T06:30:00Z"), 315, CallOutcome.CONNECTED, "需要 200 台服务器", Attitude.POSITIVE,
                true, LocalDate.of(2026, 3, 10), 4, "报价已发", "下周拜访", "张伟", NOW, NOW);
        Call missed = new Call(22L, "call-22", null, 1L, 12L, "13911112222", "13911112222", CallDirection.OUTGOING,
                Instant.parse("2026-02-25T02:00:00Z"), 0, CallOutcome.NO_ANSWER, "", null, false, null, null, "", "",
                "张伟", NOW, NOW);
        FollowUp followUp = new FollowUp(31L, "f-31", 1L, 11L, FollowUpKind.VISIT, Instant.parse("2026-03-10T02:00:00Z"),
                null, null, 21L, "带样品", null, NOW, NOW);
        KeyDate birthday = new KeyDate(KeyDateKind.BIRTHDAY, LocalDate.of(2026, 4, 18), LocalDate.of(1975, 4, 18), 51,
                1L, 11L, "李𠮟明");
        return new ProfileFacts(customer, List.of(boss, buyer), Optional.of(classification),
                Optional.of(LocalDate.of(2008, 6, 1)), List.of(call, missed), 12, List.of(followUp), List.of(birthday),
                Map.of());
    }

    /** {@link #full()} with visits and open opportunities too: more than one A4 page. */
    public static ProfileFacts withDealings() {
        return full().withDealings(dealings());
    }

    /** A planned visit, a met one with its report, seven visits in all; two open opportunities. */
    static ProfileDealings dealings() {
        Visit planned = new Visit(41L, "v-41", 1L, VisitSlot.on(LocalDate.of(2026, 3, 10)), VisitReason.CALL_OPPORTUNITY,
                "送样品", Optional.empty(), NOW, NOW);
        Visit met = new Visit(42L, "v-42", 1L, VisitSlot.on(LocalDate.of(2026, 2, 12)), VisitReason.FOLLOW_UP_DUE,
                "技术交流", Optional.of(new VisitReport(Instant.parse("2026-02-12T03:00:00Z"), VisitOutcome.MET,
                "二期扩容", "见到王总", "发方案")), NOW, NOW);
        Opportunity servers = opportunity(51L, "服务器采购", "860000.00", Stage.QUOTE, LocalDate.of(2026, 4, 30));
        Opportunity service = opportunity(52L, "维保服务", "42000.00", Stage.LEAD, null);
        return new ProfileDealings(List.of(planned, met), 7, List.of(servers, service));
    }

    private static Opportunity opportunity(long id, String title, String amount, Stage stage, LocalDate close) {
        return new Opportunity(id, "o-" + id, null, 1L, new OpportunityTerms(title, new BigDecimal(amount), "张伟",
                OpportunitySource.CALL, close, "", ""), StageState.open(stage, stage.defaultProbability(), NOW),
                StageDates.none().with(stage, NOW), NOW, NOW);
    }

    public static ProfileFacts bare() {
        Customer customer = new Customer(2L, "uid-2", null, "上海贸易公司", CustomerKind.COMPANY, null, null, null,
                null, null, null, List.of(), null, false, CustomerStatus.PROSPECT, null, null);
        return new ProfileFacts(customer, List.of(), Optional.empty(), Optional.empty(), List.of(), 0, List.of(),
                List.of(), Map.of());
    }
}
