package org.callsheet.logic.funnel;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;

/** Storage of opportunities and their history. Implemented with jOOQ in persistence. */
public interface OpportunityRepository {

    /** Stores a new opportunity and the first entry of its history in one transaction; returns it with its id. */
    Opportunity insert(Opportunity opportunity, OpportunityChange opened);

    /** Stores new opportunities, each with its history (opportunity ids left 0), in one transaction. */
    void insertAll(List<Opportunity> opportunities, List<List<OpportunityChange>> histories);

    /** Replaces the stored opportunity (matched by id) and appends {@code change} to its history, in one transaction. */
    void update(Opportunity opportunity, OpportunityChange change);

    Optional<Opportunity> findById(long id);

    Optional<Opportunity> findByUid(String uid);

    boolean customerExists(long customerId);

    /** Every owner an opportunity names, each once, in text order. */
    List<String> owners();

    /** The opportunities passing the filter with their customer, newest first. */
    List<OpportunityRow> search(OpportunityFilter filter);

    /** The history of one opportunity, oldest first. */
    List<OpportunityChange> history(long opportunityId);

    /** Hands every stored opportunity's funnel facts to {@code sink}, in no particular order. */
    void forEachFunnelEntry(Consumer<FunnelEntry> sink);
}
