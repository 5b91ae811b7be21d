package org.callsheet.ui.visits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.visits.VisitRepository;
import org.callsheet.model.Visit;

/** Visits kept in a map, ordered as the stored repository orders them. */
final class InMemoryVisitRepository implements VisitRepository {
    private final Map<Long, Visit> visits = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Visit insert(Visit visit) {
        Visit stored = visit.withId(nextId++);
        visits.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void update(Visit visit) {
        visits.put(visit.id(), visit);
    }

    @Override
    public boolean delete(long id) {
        return visits.remove(id) != null;
    }

    @Override
    public Optional<Visit> findById(long id) {
        return Optional.ofNullable(visits.get(id));
    }

    @Override
    public Optional<Visit> findByUid(String uid) {
        return visits.values().stream().filter(v -> v.uid().equals(uid)).findFirst();
    }

    @Override
    public List<Visit> between(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).flatMap(day -> onDay(day).stream()).toList();
    }

    @Override
    public List<Visit> onDay(LocalDate day) {
        return visits.values().stream().filter(v -> v.slot().date().equals(day))
                .sorted(Comparator.comparing((Visit v) -> v.slot().sequence() == null ? Integer.MAX_VALUE
                        : v.slot().sequence()).thenComparing(Visit::id)).toList();
    }

    @Override
    public List<Visit> ofCustomer(long customerId) {
        return visits.values().stream().filter(v -> v.customerId() == customerId).toList();
    }

    @Override
    public List<Visit> notDoneBefore(LocalDate day) {
        return visits.values().stream().filter(v -> v.slot().date().isBefore(day) && !v.done()).toList();
    }
}
