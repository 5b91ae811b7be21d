package org.callsheet.ui.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.PlannedVisit;
import org.callsheet.logic.visits.VisitArea;
import org.callsheet.logic.visits.VisitCandidate;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerLocation;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.LocationPrecision;
import org.callsheet.model.VisitReason;

/** Placed candidates in Shanghai's districts for the Visits screen's tests. */
final class VisitFixtures {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private VisitFixtures() {
    }

    static PlacedCandidate at(long id, String name, String district, double lat, double lon, CustomerStatus tier,
                              VisitReason reason, Integer interest) {
        Customer customer = new Customer(id, UUID.randomUUID().toString(), "KH" + id, name, CustomerKind.COMPANY,
                null, null, new Address("路" + id + "号", "上海市", "上海市", district), null, null, "王芳", List.of(),
                null, false, tier, NOW, NOW);
        CustomerLocation location = new CustomerLocation(Optional.of(new GeoPoint(BigDecimal.valueOf(lat),
                BigDecimal.valueOf(lon))), LocationPrecision.OWN, Optional.empty());
        VisitCandidate candidate = new VisitCandidate(id, name, tier, reason, Optional.empty(), interest, false, "");
        return new PlacedCandidate(new PlannedVisit(candidate, customer, location),
                new VisitArea("上海市", "上海市", district));
    }

    static PlacedCandidate unlocated(long id, String name) {
        Customer customer = new Customer(id, UUID.randomUUID().toString(), "KH" + id, name, CustomerKind.COMPANY,
                null, null, Address.EMPTY, null, null, "王芳", List.of(), null, false, CustomerStatus.SMALL, NOW, NOW);
        VisitCandidate candidate = new VisitCandidate(id, name, CustomerStatus.SMALL, VisitReason.CALL_OPPORTUNITY,
                Optional.empty(), 3, false, "想看样品");
        return new PlacedCandidate(new PlannedVisit(candidate, customer, CustomerLocation.NONE),
                new VisitArea("", "", ""));
    }

    /** Five customers: three in 浦东新区 on a line going east, two in 黄浦区, and one without a place. */
    static List<PlacedCandidate> shanghai() {
        return List.of(
                at(1, "浦东一号", "浦东新区", 31.22, 121.54, CustomerStatus.BIG, VisitReason.FOLLOW_UP_DUE, 5),
                at(2, "浦东二号", "浦东新区", 31.22, 121.60, CustomerStatus.MEDIUM, VisitReason.CALL_OPPORTUNITY, 4),
                at(3, "浦东三号", "浦东新区", 31.22, 121.57, CustomerStatus.SUPER, VisitReason.KEY_CUSTOMER_DUE, null),
                at(4, "黄浦一号", "黄浦区", 31.23, 121.48, CustomerStatus.SMALL, VisitReason.CHURN_WARNING, null),
                at(5, "黄浦二号", "黄浦区", 31.24, 121.49, CustomerStatus.SMALL, VisitReason.CHURN_WARNING, null),
                unlocated(6, "无址公司"));
    }
}
