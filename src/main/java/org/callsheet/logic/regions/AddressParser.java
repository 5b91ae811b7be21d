package org.callsheet.logic.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.callsheet.logic.text.Characters;
import org.callsheet.model.Address;
import org.callsheet.model.Region;

/**
 * Splits a free Chinese address ("广东省深圳市南山区科技园南路15号", "深圳南山区…", "上海浦东新区…",
 * in Traditional characters too: "廣東省深圳市南山區…")
 * into province, city and district (full names, as in the {@link RegionDirectory}) and the rest
 * of the street.
 *
 * <p>Names are looked up in three precomputed tries (one per level, full names and short forms),
 * so a parse walks the text a few times and never runs a regular expression. Every way of
 * reading the start of the text as province? city? district? is scored by how much text it
 * explains (full names break ties); when two readings explain the same text but name different
 * places (朝阳区 alone: Beijing or Changchun) only what they share is kept.
 *
 * <p>Short forms (深圳, 南山) are not taken when a road word follows (中山路 is a street, not
 * 中山市); a short city name with no province before it is taken only for prefecture-level
 * cities, and a district with neither province nor city before it only by its full name.
 *
 * <p>Immutable once built; one parser can serve all threads.
 */
public final class AddressParser {
    private static final String SEPARATORS = " \t\r\n,，、;；/|-—_·.。:：()（）";
    private static final String ROAD_CHARS = "路街道巷弄号村";
    private static final String[] COUNTRY_PREFIXES = {"中华人民共和国", "中国"};

    private record Named(Region region, boolean full) {
    }

    private record Step(Region region, int end, boolean full) {
    }

    private final RegionDirectory directory;
    private final NameTrie<Named> provinces = new NameTrie<>();
    private final NameTrie<Named> cities = new NameTrie<>();
    private final NameTrie<Named> counties = new NameTrie<>();

    public AddressParser(RegionDirectory directory) {
        this.directory = Objects.requireNonNull(directory);
        for (Region region : directory.all()) {
            NameTrie<Named> trie = switch (region.level()) {
                case PROVINCE -> provinces;
                case CITY -> cities;
                case COUNTY -> counties;
            };
            trie.put(region.name(), new Named(region, true));
            for (String form : RegionNames.shortForms(region)) {
                trie.put(form, new Named(region, false));
            }
            if (region.level() == Region.Level.CITY && directory.isMunicipality(region)) {
                trie.put("市辖区", new Named(region, true));
            }
        }
    }

    /** The address split into its parts; text that names no known place stays in the street. */
    public Address parse(String input) {
        if (input == null || input.isBlank()) {
            return Address.EMPTY;
        }
        // half-width and Simplified for finding places (廣東 reads 广东); one character for one, so
        // positions carry over to what was written and the street keeps its own script
        String text = TraditionalRegionCharacters.shipped().simplified(Characters.halfWidth(input));
        int start = skipSeparators(text, skipCountry(text, skipSeparators(text, 0)));
        Reading best = new Reading(input, text, start);
        for (Step p : withNone(steps(provinces, text, start, null, true, false))) {
            int afterProvince = p == null ? start : skipSeparators(text, p.end());
            Region province = p == null ? null : p.region();
            for (Step c : withNone(steps(cities, text, afterProvince, province, true, province == null))) {
                int afterCity = c == null ? afterProvince : skipSeparators(text, c.end());
                Region scope = c != null ? c.region() : province;
                List<Step> districts = steps(counties, text, afterCity, scope, scope != null, false);
                for (Step d : withNone(districts)) {
                    best.consider(p, c, d);
                }
            }
        }
        return best.result();
    }

    /**
     * An address whose region parts may be short or partial ("广东", "深圳", "南山") with full
     * names filled in; when it has no region parts at all, its street is parsed as a free address.
     * Parts that name no known place are left as they are.
     */
    public Address normalize(Address address) {
        if (!address.hasRegion() && address.city().isEmpty() && address.district().isEmpty()) {
            return parse(address.street());
        }
        String regionText = String.join(" ", address.province(), address.city(), address.district()).strip();
        Address parsed = parse(regionText);
        if (!parsed.street().isEmpty() || !parsed.hasRegion()) {
            return address;
        }
        return new Address(address.street(), parsed.province(), parsed.city(), parsed.district());
    }

    private List<Step> steps(NameTrie<Named> trie, String text, int from, Region within,
                             boolean allowShort, boolean prefectureOnly) {
        List<Step> steps = new ArrayList<>(2);
        for (NameTrie.Hit<Named> hit : trie.prefixesAt(text, from)) {
            int end = from + hit.length();
            for (Named named : hit.values()) {
                if (!named.full() && !(allowShort && shortFormFits(text, end, named.region(), prefectureOnly))) {
                    continue;
                }
                if (within != null && !directory.isWithin(named.region(), within)) {
                    continue;
                }
                steps.add(new Step(named.region(), end, named.full()));
            }
        }
        return steps;
    }

    private boolean shortFormFits(String text, int end, Region region, boolean prefectureOnly) {
        if (end < text.length() && ROAD_CHARS.indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        // county-level cities governed by their province have codes xx90xx
        return !prefectureOnly || !region.code().startsWith("90", 2);
    }

    private static List<Step> withNone(List<Step> steps) {
        List<Step> all = new ArrayList<>(steps.size() + 1);
        all.addAll(steps);
        all.add(null);
        return all;
    }

    private static int skipCountry(String text, int from) {
        for (String prefix : COUNTRY_PREFIXES) {
            if (text.startsWith(prefix, from)) {
                return from + prefix.length();
            }
        }
        return from;
    }

    private static int skipSeparators(String text, int from) {
        int i = from;
        while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The best reading found so far, and whether another reading as good names another place. */
    private final class Reading {
        private final String written;
        private final String text;
        private final int start;
        private int bestScore = -1;
        private final List<Step[]> tied = new ArrayList<>(2);

        Reading(String written, String text, int start) {
            this.written = written;
            this.text = text;
            this.start = start;
        }

        void consider(Step p, Step c, Step d) {
            Step last = d != null ? d : c != null ? c : p;
            if (last == null) {
                return;
            }
            int fullNames = (p != null && p.full() ? 1 : 0) + (c != null && c.full() ? 1 : 0)
                    + (d != null && d.full() ? 1 : 0);
            int score = (last.end() - start) * 4 + fullNames;
            if (score > bestScore) {
                bestScore = score;
                tied.clear();
                tied.add(new Step[] {p, c, d});
            } else if (score == bestScore) {
                tied.add(new Step[] {p, c, d});
            }
        }

        Address result() {
            if (tied.isEmpty()) {
                return new Address(written, "", "", "");
            }
            Step[] first = tied.getFirst();
            Region common = deepest(first).region();
            for (Step[] other : tied) {
                common = commonAncestor(common, deepest(other).region());
            }
            if (common == null) {
                return new Address(written, "", "", "");
            }
            int end = start;
            for (Step step : first) {
                if (step != null && directory.isWithin(common, step.region())) {
                    end = step.end();
                }
            }
            return directory.addressOf(common, written.substring(skipSeparators(text, end)).stripTrailing());
        }

        private Step deepest(Step[] steps) {
            return steps[2] != null ? steps[2] : steps[1] != null ? steps[1] : steps[0];
        }

        private Region commonAncestor(Region a, Region b) {
            if (a == null || b == null) {
                return null;
            }
            for (Region r = a; r != null; r = directory.parent(r).orElse(null)) {
                if (directory.isWithin(b, r)) {
                    return r;
                }
            }
            return null;
        }
    }
}
