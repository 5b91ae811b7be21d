package org.callsheet.logic.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.model.Call;

/** Call search and the figures of a day. */
public final class CallStatistics {
    private final CallRepository calls;
    private final Clock clock;

    public CallStatistics(CallRepository calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public List<Call> search(CallFilter filter) {
        return calls.search(filter);
    }

    /** Calls of the days {@code first} to {@code last}, both included, narrowed by {@code filter}'s other fields. */
    public List<Call> search(LocalDate first, LocalDate last, CallFilter filter) {
        CallFilter days = CallFilter.days(first, last, clock.getZone());
        return calls.search(filter.between(days.from(), days.to()));
    }

    /** The figures of one day, of one caller (blank for everyone). */
    public DayFigures day(LocalDate date, String caller) {
        return DayFigures.of(date, search(date, date, CallFilter.ALL.byCaller(caller)));
    }

    public DayFigures today(String caller) {
        return day(LocalDate.now(clock), caller);
    }

    /** The figures of a day. Talk time counts connected calls only. */
    public record DayFigures(LocalDate date, int calls, int connected, Duration talkTime) {

        static DayFigures of(LocalDate date, List<Call> calls) {
            int connected = 0;
            long seconds = 0;
            for (Call c : calls) {
                if (c.connected()) {
                    connected++;
                    seconds += c.durationSeconds();
                }
            }
            return new DayFigures(date, calls.size(), connected, Duration.ofSeconds(seconds));
        }

        /** Connected calls per call, 0 to 1; 0 when there was no call. */
        public double connectedRate() {
            return calls == 0 ? 0 : (double) connected / calls;
        }

        /** Average talk time per connected call; zero when none connected. */
        public Duration averageTalkTime() {
            return connected == 0 ? Duration.ZERO : talkTime.dividedBy(connected);
        }
    }
}
