package org.callsheet.logic.sheets.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.calls.CallRepository;
import org.callsheet.logic.calls.CustomOutcome;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.reminders.CustomerFacts;
import org.callsheet.logic.reminders.FollowUpRepository;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/** Reads a customer's profile facts from the stored customers, calls, follow-ups, classification, visits and opportunities. */
public final class StoredProfileSources implements ProfileSources {
    private final CustomerRepository customers;
    private final CallRepository calls;
    private final FollowUpRepository followUps;
    private final CustomerFacts facts;
    private final ClassificationService classification;
    private final Supplier<OutcomeSettings> outcomes;
    private final Clock clock;
    private final LongFunction<ProfileDealings> dealings;

    /**
     * Stored facts without visits and opportunities (see {@link #withDealings}); {@code classification}
     * may be null where none is stored (then sheets show none).
     */
    public StoredProfileSources(CustomerRepository customers, CallRepository calls, FollowUpRepository followUps,
                                CustomerFacts facts, ClassificationService classification,
                                Supplier<OutcomeSettings> outcomes, Clock clock) {
        this(customers, calls, followUps, facts, classification, outcomes, clock, id -> ProfileDealings.NONE);
    }

    /** Stored facts; {@code classification} may be null where none is stored (then sheets show none). */
    private StoredProfileSources(CustomerRepository customers, CallRepository calls, FollowUpRepository followUps,
                                CustomerFacts facts, ClassificationService classification,
                                Supplier<OutcomeSettings> outcomes, Clock clock, LongFunction<ProfileDealings> dealings) {
        this.customers = customers;
        this.calls = calls;
        this.followUps = followUps;
        this.facts = facts;
        this.classification = classification;
        this.outcomes = outcomes;
        this.clock = clock;
        this.dealings = dealings;
    }

    /** The same sources, with the customer's visits and open opportunities read by {@code dealings}. */
    public StoredProfileSources withDealings(LongFunction<ProfileDealings> newDealings) {
        return new StoredProfileSources(customers, calls, followUps, facts, classification, outcomes, clock,
                newDealings);
    }

    @Override
    public Optional<ProfileFacts> read(long customerId) {
        Optional<Customer> found = customers.findById(customerId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Customer customer = found.get();
        List<Contact> contacts = customers.contactsOf(customerId);
        List<Call> allCalls = calls.search(CallFilter.ALL.ofCustomer(customerId));
        Optional<LocalDate> foundedOn = facts.foundingDate(customerId);
        LocalDate today = LocalDate.now(clock);
        return Optional.of(new ProfileFacts(customer, contacts, classification(customerId), foundedOn,
                allCalls.subList(0, Math.min(CALLS_SHOWN, allCalls.size())), allCalls.size(),
                followUps.openOf(customerId),
                CustomerKeyDates.upcoming(customerId, customer.name(), contacts, foundedOn,
                        customers.ordersOf(customerId), today),
                customOutcomes(), dealings.apply(customerId)));
    }

    private Optional<ProfileClassification> classification(long customerId) {
        if (classification == null) {
            return Optional.empty();
        }
        ClassificationSettings.RepeatModelSettings horizons = classification.settings().repeatModel();
        return classification.resultsFor(customerId)
                .map(r -> new ProfileClassification(r, horizons.horizonDays(), horizons.clvMonths()));
    }

    private Map<String, String> customOutcomes() {
        return outcomes.get().customs().stream()
                .collect(Collectors.toMap(CustomOutcome::id, CustomOutcome::label, (a, b) -> a));
    }
}
