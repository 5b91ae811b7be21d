package org.callsheet.logic.visits;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.routing.GreatCircle;

/**
 * Times a day's stops in the order given: drive (road km at the set speed), wait for an
 * appointment, visit, and take lunch once, between two stops: before the first leg that would
 * arrive in the lunch window or later (starting no earlier than the window); a visit spanning the
 * whole window leaves the day without lunch ({@link DaySchedule#lunchAt()} empty).
 * Times are on one day; a plan running past midnight is cut at 23:59 and reported as overrun.
 */
public final class DayTimer {
    private final TravelSettings settings;

    public DayTimer(TravelSettings settings) {
        this.settings = settings;
    }

    /**
     * @param start    {latitude, longitude} of where the day starts
     * @param end      where it ends ({latitude, longitude}); empty for an open day ending at the last stop
     * @param startAt  when the rep leaves the start point
     */
    public DaySchedule time(double[] start, Optional<double[]> end, LocalTime startAt, List<DayStop> stops) {
        int clock = minutes(startAt);
        double lat = start[0];
        double lon = start[1];
        Integer lunchAt = null;
        double totalKm = 0;
        long travelMinutes = 0;
        long visitMinutes = 0;
        List<TimedStop> timed = new ArrayList<>();
        List<DayStop> overrun = new ArrayList<>();
        int dayEnd = minutes(settings.dayEnd());
        for (DayStop stop : stops) {
            double km = settings.roadKm(GreatCircle.km(lat, lon, stop.latitude(), stop.longitude()));
            int travel = (int) settings.travel(GreatCircle.km(lat, lon, stop.latitude(), stop.longitude())).toMinutes();
            int visit = (int) stop.visit().toMinutes();
            if (lunchAt == null && lunchDue(clock, travel)) {
                lunchAt = Math.max(clock, minutes(settings.lunchFrom()));
                clock = lunchAt + (int) settings.lunch().toMinutes();
            }
            int arrival = clock + travel;
            int visitStart = stop.appointment().map(a -> Math.max(arrival, minutes(a))).orElse(arrival);
            int late = stop.appointment().map(a -> Math.max(0, arrival - minutes(a))).orElse(0);
            int departure = visitStart + visit;
            boolean past = departure > dayEnd;
            if (past) {
                overrun.add(stop);
            }
            timed.add(new TimedStop(stop, km, Duration.ofMinutes(travel), time(arrival), time(visitStart),
                    time(departure), Duration.ofMinutes(late), past));
            totalKm += km;
            travelMinutes += travel;
            visitMinutes += visit;
            clock = departure;
            lat = stop.latitude();
            lon = stop.longitude();
        }
        double lastLat = lat;
        double lastLon = lon;
        double backGreatCircle = end.map(e -> GreatCircle.km(lastLat, lastLon, e[0], e[1])).orElse(0.0);
        double backKm = settings.roadKm(backGreatCircle);
        int back = end.isPresent() ? (int) settings.travel(backGreatCircle).toMinutes() : 0;
        clock += back;
        return new DaySchedule(timed, Optional.ofNullable(lunchAt).map(DayTimer::time), backKm,
                Duration.ofMinutes(back), totalKm + backKm, Duration.ofMinutes(travelMinutes + back),
                Duration.ofMinutes(visitMinutes), time(clock), overrun);
    }

    /**
     * Lunch before the next leg once the rep would arrive in the lunch window or later; not when
     * the window has already passed (a visit spanned it: the schedule then has no lunch).
     */
    private boolean lunchDue(int clock, int travel) {
        return clock + travel >= minutes(settings.lunchFrom()) && clock <= minutes(settings.lunchTo());
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minutes) {
        int clamped = Math.min(minutes, 24 * 60 - 1);
        return LocalTime.of(clamped / 60, clamped % 60);
    }
}
