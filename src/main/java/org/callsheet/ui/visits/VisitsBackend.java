package org.callsheet.ui.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.sheets.day.DaySheets;
import org.callsheet.logic.visits.DaySchedule;
import org.callsheet.logic.visits.DayVisit;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReport;
import org.callsheet.ui.sheets.PageSource;

/**
 * What the Visits screen asks of the visit logic. Called off the UI thread (except
 * {@link #daySheet}, which only describes the print). The app implements it over the day plans,
 * the visits and the follow-ups.
 */
public interface VisitsBackend {

    LocalDate today();

    /** The app's clock: when a visit is logged, and the zone its follow-up's day is in. */
    java.time.Clock clock();

    /** How days are timed (working day, speed, road factor, lunch, minutes per tier). */
    TravelSettings travel();

    VisitDay day(LocalDate day);

    /** How many visits are planned on a day and how many were logged (for the Today screen's figures). */
    org.callsheet.logic.visits.VisitTally tally(LocalDate day);

    /** A customer found by search, placed for the day as added by hand; empty when it no longer exists. */
    Optional<PlacedCandidate> addByHand(long customerId, LocalDate day);

    /** Customers whose name, pinyin, phone or id matches, best first. */
    List<CustomerRow> search(String text);

    /** Stores the day's plan as arranged; returns the visits in route order. */
    List<Visit> save(LocalDate day, List<DayVisit> stops, DaySchedule schedule);

    /** Puts customers on days, unrouted (each day's plan places them); returns how many visits were planned. */
    int planDays(java.util.Map<LocalDate, List<PlacedCandidate>> days);

    /** Logs a visit and, when {@code followUpAt} is given, plans a follow-up visit then. */
    Visit log(long visitId, VisitReport report, Optional<Instant> followUpAt);

    /** Moves a stored visit to another day (unrouted there). */
    Visit move(long visitId, LocalDate day);

    /** Takes a stored visit off its day: the customer is a candidate again. */
    void remove(long visitId);

    /** Moves the visits of earlier days never logged to {@code day}; returns how many. */
    int rollOver(LocalDate day);

    /** The day sheet with the profile sheets of the route's customers behind it, for the print preview. */
    PageSource daySheet(DaySheets.Summary summary, List<DaySheets.RouteStop> route);

    /** Every visit of the customer, planned and made, in no particular order. */
    List<Visit> visitsOf(long customerId);

    /** The office and home kept in Settings that could be placed, office first. */
    List<StartPoint.Kept> keptStarts();
}
