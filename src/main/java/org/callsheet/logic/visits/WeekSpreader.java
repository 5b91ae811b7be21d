package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.routing.GreatCircle;

/**
 * Spreads visits over working days so that each day stays in few neighbouring districts.
 * Appointments go to their own day first. Each day then starts in the district with the most
 * valuable candidates left (or where its first appointment is), takes that district's candidates
 * by value and, while it has room, moves on to the nearest district with candidates left.
 * Deterministic: ties go to the district and candidate met first in the input.
 */
public final class WeekSpreader {
    private final int stopsPerDay;

    public WeekSpreader(int stopsPerDay) {
        if (stopsPerDay < 1) {
            throw new IllegalArgumentException("a day needs room for at least one stop");
        }
        this.stopsPerDay = stopsPerDay;
    }

    public WeekPlan spread(List<WeekCandidate> candidates, List<LocalDate> days) {
        Map<LocalDate, List<WeekCandidate>> plan = new LinkedHashMap<>();
        days.forEach(day -> plan.put(day, new ArrayList<>()));
        List<WeekCandidate> leftOver = new ArrayList<>();
        Map<String, List<WeekCandidate>> open = new LinkedHashMap<>();
        for (WeekCandidate candidate : candidates) {
            if (candidate.appointmentDay().isPresent()) {
                List<WeekCandidate> day = plan.get(candidate.appointmentDay().get());
                (day != null ? day : leftOver).add(candidate);
            } else {
                open.computeIfAbsent(candidate.district(), k -> new ArrayList<>()).add(candidate);
            }
        }
        open.values().forEach(list -> list.sort(Comparator.comparingDouble(WeekCandidate::value).reversed()));
        for (List<WeekCandidate> day : plan.values()) {
            String district = day.isEmpty() ? mostValuable(open) : day.getFirst().district();
            while (day.size() < stopsPerDay && !open.isEmpty()) {
                List<WeekCandidate> here = open.get(district);
                if (here == null) {
                    district = nearest(open, centre(day.isEmpty() ? List.of() : day, district, open));
                    if (district == null) {
                        break;
                    }
                    continue;
                }
                day.add(here.removeFirst());
                if (here.isEmpty()) {
                    open.remove(district);
                }
            }
        }
        open.values().forEach(leftOver::addAll);
        return new WeekPlan(plan, leftOver);
    }

    private static String mostValuable(Map<String, List<WeekCandidate>> open) {
        String best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (var entry : open.entrySet()) {
            double value = entry.getValue().stream().mapToDouble(WeekCandidate::value).sum();
            if (value > bestValue) {
                best = entry.getKey();
                bestValue = value;
            }
        }
        return best;
    }

    /** The mean point of the day's stops so far (of the district's, for an empty day). */
    private static double[] centre(List<WeekCandidate> day, String district, Map<String, List<WeekCandidate>> open) {
        List<WeekCandidate> basis = day.isEmpty() ? open.getOrDefault(district, List.of()) : day;
        double lat = 0;
        double lon = 0;
        for (WeekCandidate c : basis) {
            lat += c.stop().latitude();
            lon += c.stop().longitude();
        }
        return basis.isEmpty() ? null : new double[] {lat / basis.size(), lon / basis.size()};
    }

    private static String nearest(Map<String, List<WeekCandidate>> open, double[] from) {
        if (from == null) {
            return mostValuable(open);
        }
        String best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (var entry : open.entrySet()) {
            double[] c = centre(List.of(), entry.getKey(), open);
            double km = GreatCircle.km(from[0], from[1], c[0], c[1]);
            if (km < bestKm) {
                best = entry.getKey();
                bestKm = km;
            }
        }
        return best;
    }
}
