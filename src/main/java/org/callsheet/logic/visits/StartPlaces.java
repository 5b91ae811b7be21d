package org.callsheet.logic.visits;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.Characters;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.LocationPrecision;
import org.callsheet.model.Region;

/**
 * Finds the point of a start (office or home) the rep typed: "latitude,longitude" in degrees, or
 * an address whose district or city the shipped region data knows.
 */
public final class StartPlaces {
    /** The settings holding the office's and home's start as the rep wrote it (absent: none). */
    public static final String OFFICE = "visits.start.office";
    public static final String HOME = "visits.start.home";
    private static final Pattern COORDINATES = Pattern.compile("\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*[,，]\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

    /** Why a start could not be placed. */
    public enum Problem {
        /** Coordinates with a latitude beyond ±90 or a longitude beyond ±180. */
        OUT_OF_RANGE,
        /** Text that is no pair of coordinates and names no known district or city. */
        NO_PLACE
    }

    /** The point of a start, or why there is none. */
    public record Found(Optional<StartPoint> point, Optional<Problem> problem) {
    }

    private final RegionDirectory regions;
    private final AddressParser addresses;

    public StartPlaces(RegionDirectory regions) {
        this.regions = regions;
        this.addresses = new AddressParser(regions);
    }

    /** The office's start as kept in the settings. */
    public Found office(Settings settings) {
        return find(settings.get(OFFICE).orElse(""));
    }

    /** Home as kept in the settings. */
    public Found home(Settings settings) {
        return find(settings.get(HOME).orElse(""));
    }

    /** Whether the text is meant as coordinates (then only their range can be wrong). */
    public static boolean looksLikeCoordinates(String text) {
        return COORDINATES.matcher(Characters.halfWidth(text)).matches();
    }

    /** Coordinates out of range, checked without the region data; empty when fine or not coordinates. */
    public static Optional<Problem> coordinateProblem(String text) {
        Matcher m = COORDINATES.matcher(Characters.halfWidth(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        double latitude = Double.parseDouble(m.group(1));
        double longitude = Double.parseDouble(m.group(2));
        return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? Optional.empty()
                : Optional.of(Problem.OUT_OF_RANGE);
    }

    /** The start's point; blank text is no start at all (empty point, no problem). */
    public Found find(String text) {
        if (text == null || text.isBlank()) {
            return new Found(Optional.empty(), Optional.empty());
        }
        Matcher m = COORDINATES.matcher(Characters.halfWidth(text));
        if (m.matches()) {
            if (coordinateProblem(text).isPresent()) {
                return new Found(Optional.empty(), Optional.of(Problem.OUT_OF_RANGE));
            }
            GeoPoint point = new GeoPoint(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
            return placed(new StartPoint(text.strip(), point, LocationPrecision.OWN));
        }
        Optional<Region> region = regions.resolve(addresses.parse(text.strip()))
                .filter(r -> r.level() != Region.Level.PROVINCE || regions.isMunicipality(r));
        Optional<GeoPoint> centroid = region.flatMap(regions::centroid);
        if (centroid.isEmpty()) {
            return new Found(Optional.empty(), Optional.of(Problem.NO_PLACE));
        }
        LocationPrecision precision = region.get().level() == Region.Level.COUNTY ? LocationPrecision.DISTRICT
                : LocationPrecision.CITY;
        return placed(new StartPoint(text.strip(), centroid.get(), precision));
    }

    private static Found placed(StartPoint point) {
        return new Found(Optional.of(point), Optional.empty());
    }
}
