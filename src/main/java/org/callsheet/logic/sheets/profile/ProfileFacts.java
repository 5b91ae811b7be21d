package org.callsheet.logic.sheets.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.FollowUp;
import org.callsheet.model.KeyDate;

/**
 * Everything a profile sheet shows about one customer, read in one go.
 *
 * @param calls          the latest calls, newest first (at most {@link ProfileSources#CALLS_SHOWN})
 * @param callCount      how many calls the customer has in all
 * @param keyDates       key dates of the coming year, soonest first
 * @param customOutcomes labels of the rep's own call outcomes, by id
 * @param dealings       the latest visits and the open opportunities
 */
public record ProfileFacts(Customer customer, List<Contact> contacts, Optional<ProfileClassification> classification,
                           Optional<LocalDate> foundedOn, List<Call> calls, int callCount, List<FollowUp> openFollowUps,
                           List<KeyDate> keyDates, Map<String, String> customOutcomes, ProfileDealings dealings) {
    /** Facts of a customer without visits or open opportunities. */
    public ProfileFacts(Customer customer, List<Contact> contacts, Optional<ProfileClassification> classification,
                        Optional<LocalDate> foundedOn, List<Call> calls, int callCount, List<FollowUp> openFollowUps,
                        List<KeyDate> keyDates, Map<String, String> customOutcomes) {
        this(customer, contacts, classification, foundedOn, calls, callCount, openFollowUps, keyDates, customOutcomes,
                ProfileDealings.NONE);
    }

    public ProfileFacts {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(dealings, "dealings");
        contacts = List.copyOf(contacts);
        calls = List.copyOf(calls);
        openFollowUps = List.copyOf(openFollowUps);
        keyDates = List.copyOf(keyDates);
        customOutcomes = Map.copyOf(customOutcomes);
    }

    public ProfileFacts withDealings(ProfileDealings newDealings) {
        return new ProfileFacts(customer, contacts, classification, foundedOn, calls, callCount, openFollowUps,
                keyDates, customOutcomes, newDealings);
    }
}
