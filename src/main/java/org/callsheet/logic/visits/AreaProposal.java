package org.callsheet.logic.visits;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callsheet.logic.routing.GreatCircle;

/**
 * Proposes the day's area: the district whose located candidates are worth most together, with
 * the districts whose candidates lie, on average, within reach of it. Ties go to the district met
 * first in the candidates' order.
 */
public final class AreaProposal {
    private final double reachKm;

    /** @param reachKm great-circle km from the best district's centre within which a district joins */
    public AreaProposal(double reachKm) {
        this.reachKm = reachKm;
    }

    /** The district keys ({@link VisitArea#districtKey()}) of the proposed area; empty without located candidates. */
    public Set<String> propose(List<PlacedCandidate> candidates) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (PlacedCandidate c : candidates) {
            if (c.located()) {
                double[] s = sums.computeIfAbsent(c.area().districtKey(), k -> new double[4]);
                s[0] += CandidateValue.of(c.visit().candidate());
                s[1] += c.latitude();
                s[2] += c.longitude();
                s[3]++;
            }
        }
        String best = null;
        for (var entry : sums.entrySet()) {
            if (best == null || entry.getValue()[0] > sums.get(best)[0]) {
                best = entry.getKey();
            }
        }
        Set<String> area = new LinkedHashSet<>();
        if (best == null) {
            return area;
        }
        area.add(best);
        double[] centre = sums.get(best);
        for (var entry : sums.entrySet()) {
            double[] s = entry.getValue();
            double km = GreatCircle.km(centre[1] / centre[3], centre[2] / centre[3], s[1] / s[3], s[2] / s[3]);
            if (km <= reachKm) {
                area.add(entry.getKey());
            }
        }
        return area;
    }
}
