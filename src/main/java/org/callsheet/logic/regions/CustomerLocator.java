package org.callsheet.logic.regions;

import java.util.List;
import java.util.Optional;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerLocation;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.LocationPrecision;
import org.callsheet.model.Phone;
import org.callsheet.model.Region;

/**
 * Places a customer on the map: its own coordinates when given; else the centroid of the town its
 * street begins with (within its district), of the district or of the city its address names;
 * else the city of one of its landlines' area codes; else nowhere.
 */
public final class CustomerLocator {
    private final RegionDirectory regions;
    private final AreaCodeDirectory areaCodes;
    private final TownDirectory towns;

    /** A locator that knows no towns (district precision at best, short of own coordinates). */
    public CustomerLocator(RegionDirectory regions, AreaCodeDirectory areaCodes) {
        this(regions, areaCodes, TownDirectory.NONE);
    }

    public CustomerLocator(RegionDirectory regions, AreaCodeDirectory areaCodes, TownDirectory towns) {
        this.regions = regions;
        this.areaCodes = areaCodes;
        this.towns = towns;
    }

    /** @param phones the customer's contacts' numbers (landlines among them give a city) */
    public CustomerLocation locate(Customer customer, List<Phone> phones) {
        Optional<Region> region = regions.resolve(customer.address()).flatMap(this::cityOrDistrict);
        if (customer.location() != null) {
            return new CustomerLocation(Optional.of(customer.location()), LocationPrecision.OWN, region);
        }
        if (region.isPresent()) {
            Optional<TownDirectory.Town> town = towns.find(region.get(), customer.address().street());
            if (town.isPresent()) {
                return new CustomerLocation(Optional.of(town.get().centroid()), LocationPrecision.TOWN, region);
            }
            return at(region.get());
        }
        for (Phone phone : phones) {
            Optional<Region> city = areaCodes.city(phone);
            if (city.isPresent()) {
                return at(city.get());
            }
        }
        return CustomerLocation.NONE;
    }

    private CustomerLocation at(Region region) {
        Optional<GeoPoint> centroid = regions.centroid(region);
        if (centroid.isEmpty()) {
            return CustomerLocation.NONE;
        }
        LocationPrecision precision = region.level() == Region.Level.COUNTY ? LocationPrecision.DISTRICT
                : LocationPrecision.CITY;
        return new CustomerLocation(centroid, precision, Optional.of(region));
    }

    /** A province alone places nobody, unless it is one of the four municipalities (a city). */
    private Optional<Region> cityOrDistrict(Region region) {
        if (region.level() != Region.Level.PROVINCE) {
            return Optional.of(region);
        }
        return regions.isMunicipality(region) ? Optional.of(region) : Optional.empty();
    }
}
