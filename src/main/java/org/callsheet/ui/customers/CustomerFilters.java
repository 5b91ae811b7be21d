package org.callsheet.ui.customers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The filters of the customer book and the choices they offer, loaded from the data in the
 * background. Province, city and district cascade: choosing a province clears the city and
 * district and loads that province's cities. Empty values mean "any".
 */
public final class CustomerFilters {
    private final CustomerBook book;
    private final TaskRunner runner;
    private final Runnable changed;

    private final ObservableSet<CustomerStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(CustomerStatus.class));
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<RfmSegment> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<ValueQuadrant> quadrant = new SimpleObjectProperty<>();
    private final BooleanProperty churnWarning = new SimpleBooleanProperty();
    private final ObjectProperty<Long> customerId = new SimpleObjectProperty<>();

    private final ObservableList<String> provinces = FXCollections.observableArrayList();
    private final ObservableList<String> cities = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();

    private boolean adjusting;

    /** {@code changed} runs after the user changed a filter (not while several change at once). */
    CustomerFilters(CustomerBook book, TaskRunner runner, Runnable changed) {
        this.book = book;
        this.runner = runner;
        this.changed = changed;
        statuses.addListener((SetChangeListener<CustomerStatus>) change -> notifyChanged());
        province.addListener((obs, old, now) -> {
            adjust(() -> {
                city.set("");
                district.set("");
                districts.clear();
            });
            load(() -> blank(now) ? List.of() : book.cities(now), cities);
            notifyChanged();
        });
        city.addListener((obs, old, now) -> {
            adjust(() -> district.set(""));
            load(() -> blank(now) ? List.of() : book.districts(province.get(), now), districts);
            notifyChanged();
        });
        district.addListener((obs, old, now) -> notifyChanged());
        owner.addListener((obs, old, now) -> notifyChanged());
        tag.addListener((obs, old, now) -> notifyChanged());
        segment.addListener((obs, old, now) -> notifyChanged());
        quadrant.addListener((obs, old, now) -> notifyChanged());
        churnWarning.addListener((obs, old, now) -> notifyChanged());
        customerId.addListener((obs, old, now) -> notifyChanged());
    }

    public ObjectProperty<RfmSegment> segmentProperty() {
        return segment;
    }

    public ObjectProperty<ValueQuadrant> quadrantProperty() {
        return quadrant;
    }

    public BooleanProperty churnWarningProperty() {
        return churnWarning;
    }

    /** One customer opened from an analysis list; null for any. */
    public ObjectProperty<Long> customerIdProperty() {
        return customerId;
    }

    public ObservableSet<CustomerStatus> statuses() {
        return statuses;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObservableList<String> provinces() {
        return provinces;
    }

    public ObservableList<String> cities() {
        return cities;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public CustomerFilter current() {
        Set<CustomerStatus> chosen = statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
        return new CustomerFilter(chosen, province.get(), city.get(), district.get(), owner.get(), tag.get(),
                segment.get(), quadrant.get(), churnWarning.get(), customerId.get());
    }

    public boolean isAny() {
        return current().isAll();
    }

    /** Loads the choices of the top-level filters again (after data changed). */
    public void reloadChoices() {
        load(book::provinces, provinces);
        load(book::owners, owners);
        load(book::tags, tags);
    }

    /** Resets every filter without notifying; the caller queries once afterwards. */
    void clearQuietly() {
        adjust(() -> {
            statuses.clear();
            province.set("");
            city.set("");
            district.set("");
            owner.set("");
            tag.set("");
            segment.set(null);
            quadrant.set(null);
            churnWarning.set(false);
            customerId.set(null);
        });
    }

    /** Replaces every filter with {@code filter} without notifying; the caller queries once afterwards. */
    void applyQuietly(CustomerFilter filter) {
        clearQuietly();
        adjust(() -> {
            statuses.addAll(filter.statuses());
            province.set(filter.province());
            city.set(filter.city());
            district.set(filter.district());
            owner.set(filter.ownerRep());
            tag.set(filter.tag());
            segment.set(filter.segment());
            quadrant.set(filter.quadrant());
            churnWarning.set(filter.churnWarning());
            customerId.set(filter.customerId());
        });
    }

    private void notifyChanged() {
        if (!adjusting) {
            changed.run();
        }
    }

    private void adjust(Runnable change) {
        boolean was = adjusting;
        adjusting = true;
        try {
            change.run();
        } finally {
            adjusting = was;
        }
    }

    private void load(Supplier<List<String>> source, ObservableList<String> target) {
        runner.submit(context -> source.get(), WorkCallbacks.<List<String>>of(target::setAll, error -> target.clear()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
