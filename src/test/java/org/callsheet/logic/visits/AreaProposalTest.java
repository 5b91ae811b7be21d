package org.callsheet.logic.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerLocation;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.LocationPrecision;
import org.callsheet.model.VisitReason;
import org.junit.jupiter.api.Test;

class AreaProposalTest {
    private static PlacedCandidate at(long id, String city, String district, double lat, double lon,
                                      CustomerStatus tier, Integer interest) {
        Instant now = Instant.EPOCH;
        Customer customer = new Customer(id, "u" + id, null, "c" + id, CustomerKind.COMPANY, null, null,
                new Address("", "p", city, district), null, null, "", List.of(), null, false, tier, now, now);
        CustomerLocation location = new CustomerLocation(Optional.of(new GeoPoint(BigDecimal.valueOf(lat),
                BigDecimal.valueOf(lon))), LocationPrecision.OWN, Optional.empty());
        VisitCandidate candidate = new VisitCandidate(id, "c" + id, tier, VisitReason.KEY_CUSTOMER_DUE,
                Optional.empty(), interest, false, "");
        return new PlacedCandidate(new PlannedVisit(candidate, customer, location), new VisitArea("p", city, district));
    }

    @Test
    void theMostValuableDistrictWithTheDistrictsWithinReach() {
        List<PlacedCandidate> candidates = List.of(
                at(1, "A", "west", 30.0, 120.0, CustomerStatus.SMALL, null),
                at(2, "B", "east", 30.0, 121.0, CustomerStatus.SUPER, 5),
                at(3, "B", "east", 30.01, 121.0, CustomerStatus.BIG, null),
                at(4, "B", "next door", 30.05, 121.02, CustomerStatus.SMALL, null),
                at(5, "C", "far", 31.0, 121.0, CustomerStatus.SUPER, 5));
        assertThat(new AreaProposal(10).propose(candidates)).containsExactly("p/B/east", "p/B/next door");
    }

    @Test
    void nothingToProposeWithoutLocatedCandidates() {
        assertThat(new AreaProposal(10).propose(List.of())).isEmpty();
    }
}
