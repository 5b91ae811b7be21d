package org.callsheet.logic.funnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.callsheet.model.StageState;

/**
 * Opens opportunities and moves them through the funnel: every change of stage, amount, expected
 * close or status is written with an entry in the history (when, and the rep's name as who).
 * A stage may be skipped or moved back; winning moves to the last stage; losing needs a reason.
 */
public final class OpportunityService {
    private final OpportunityRepository repository;
    private final Supplier<FunnelSettings> settings;
    private final Supplier<String> repName;
    private final Clock clock;

    public OpportunityService(OpportunityRepository repository, Settings settings, Clock clock) {
        this(repository, settings.derived(FunnelSettings::from), settings::repName, clock);
    }

    public OpportunityService(OpportunityRepository repository, Supplier<FunnelSettings> settings,
                              Supplier<String> repName, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.repName = repName;
        this.clock = clock;
    }

    public FunnelSettings settings() {
        return settings.get();
    }

    /** Opens an opportunity at {@code stage} with that stage's default probability; the owner defaults to the rep. */
    public Opportunity open(long customerId, OpportunityTerms terms, Stage stage) {
        return open(customerId, terms, stage, settings.get().probability(stage));
    }

    /** Opens an opportunity at {@code stage} with the given probability (percent), in one write. */
    public Opportunity open(long customerId, OpportunityTerms terms, Stage stage, int probability) {
        checkProbability(probability);
        if (!repository.customerExists(customerId)) {
            throw new OpportunityException(OpportunityProblem.NO_CUSTOMER);
        }
        check(terms);
        Instant now = clock.instant();
        OpportunityTerms owned = terms.owner().isEmpty()
                ? new OpportunityTerms(terms.title(), terms.amount(), repName.get(), terms.source(),
                terms.expectedClose(), terms.nextStep(), terms.notes())
                : terms;
        Opportunity fresh = new Opportunity(null, UUID.randomUUID().toString(), null, customerId, owned,
                StageState.open(stage, probability, now), StageDates.none().with(stage, now),
                now, now);
        return repository.insert(fresh, OpportunityChange.between(null, fresh, now, repName.get()));
    }

    /** Moves an open opportunity to {@code stage} (forward, skipping, or back), with that stage's default probability. */
    public Opportunity moveTo(long id, Stage stage) {
        Opportunity before = openOne(id);
        if (before.stage() == stage) {
            return before;
        }
        Instant now = clock.instant();
        return save(before, movedTo(before, stage, now), now);
    }

    /**
     * Saves what the opportunity dialog edits in one write and one history entry: the terms, then,
     * when it is open, a move to {@code stage} (with that stage's default probability) and the
     * probability when it differs from what the move gave. A crash cannot keep half of it.
     */
    public Opportunity revise(long id, OpportunityTerms terms, Stage stage, int probability) {
        Opportunity before = existing(id);
        check(terms);
        checkProbability(probability);
        Instant now = clock.instant();
        Opportunity after = before.terms().equals(terms) ? before : before.withTerms(terms, now);
        if (after.isOpen() && after.stage() != stage) {
            after = movedTo(after, stage, now);
        }
        if (after.isOpen() && after.state().probability() != probability) {
            StageState s = after.state();
            after = after.withState(new StageState(s.stage(), probability, s.stageSince(), s.status(), null, null),
                    after.stageDates(), now);
        }
        return after == before ? before : save(before, after, now);
    }

    /** Marks an open opportunity won: it moves to the last stage (entering it now if it had not). */
    public Opportunity win(long id) {
        Opportunity before = openOne(id);
        Instant now = clock.instant();
        Instant since = before.stage() == Stage.INVOICE ? before.state().stageSince() : now;
        StageState state = new StageState(Stage.INVOICE, 100, since, OpportunityStatus.WON, null, now);
        return save(before, before.withState(state, before.stageDates().enteredFirst(Stage.INVOICE, now), now), now);
    }

    /** Marks an open opportunity lost in its current stage; the reason is required. */
    public Opportunity lose(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OpportunityException(OpportunityProblem.LOST_REASON_REQUIRED);
        }
        Opportunity before = openOne(id);
        Instant now = clock.instant();
        StageState s = before.state();
        StageState state = new StageState(s.stage(), 0, s.stageSince(), OpportunityStatus.LOST, reason, now);
        return save(before, before.withState(state, before.stageDates(), now), now);
    }

    /** Opens a won or lost opportunity again, in the stage it was closed in. */
    public Opportunity reopen(long id) {
        Opportunity before = existing(id);
        if (before.isOpen()) {
            return before;
        }
        Instant now = clock.instant();
        Stage stage = before.stage();
        StageState state = StageState.open(stage, settings.get().probability(stage), before.state().stageSince());
        return save(before, before.withState(state, before.stageDates(), now), now);
    }

    public List<OpportunityRow> search(OpportunityFilter filter) {
        return repository.search(filter);
    }

    /** The owners the funnel can be filtered by: every owner an opportunity names. */
    public List<String> owners() {
        return repository.owners();
    }

    public List<OpportunityChange> history(long id) {
        return repository.history(id);
    }

    public Opportunity get(long id) {
        return existing(id);
    }

    /** Whole days the opportunity has been in its current stage, today. */
    public long daysInStage(Opportunity opportunity) {
        return Duration.between(opportunity.state().stageSince(), clock.instant()).toDays();
    }

    public boolean stale(Opportunity opportunity) {
        return opportunity.isOpen() && settings.get().stale(opportunity.stage(), daysInStage(opportunity));
    }

    /** The opportunity in {@code stage} from now, with that stage's default probability. */
    private Opportunity movedTo(Opportunity o, Stage stage, Instant now) {
        return o.withState(StageState.open(stage, settings.get().probability(stage), now),
                o.stageDates().enteredFirst(stage, now), now);
    }

    private Opportunity save(Opportunity before, Opportunity after, Instant now) {
        repository.update(after, OpportunityChange.between(before, after, now, repName.get()));
        return after;
    }

    private Opportunity existing(long id) {
        return repository.findById(id).orElseThrow(() -> new OpportunityException(OpportunityProblem.NOT_FOUND));
    }

    private Opportunity openOne(long id) {
        Opportunity o = existing(id);
        if (!o.isOpen()) {
            throw new OpportunityException(OpportunityProblem.CLOSED);
        }
        return o;
    }

    private static void checkProbability(int probability) {
        if (probability < 0 || probability > 100) {
            throw new OpportunityException(OpportunityProblem.PROBABILITY_RANGE);
        }
    }

    private static void check(OpportunityTerms terms) {
        Objects.requireNonNull(terms, "terms");
        if (terms.title().isEmpty()) {
            throw new OpportunityException(OpportunityProblem.TITLE_REQUIRED);
        }
        if (terms.amount().signum() < 0) {
            throw new OpportunityException(OpportunityProblem.NEGATIVE_AMOUNT);
        }
        if (terms.amount().compareTo(BigDecimal.TEN.pow(17)) >= 0) {
            throw new OpportunityException(OpportunityProblem.AMOUNT_TOO_LARGE);
        }
    }
}
