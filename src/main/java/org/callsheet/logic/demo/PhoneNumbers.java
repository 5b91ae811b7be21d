package org.callsheet.logic.demo;

import java.util.List;

/** Mobile and landline numbers shaped like real Chinese ones, written the ways people write them. */
final class PhoneNumbers {

    /** Mobile prefixes in use (China Mobile, Unicom, Telecom, Broadnet). */
    private static final List<String> MOBILE_PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
            "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177",
            "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "195",
            "198", "199");

    private PhoneNumbers() {
    }

    static String mobile(DemoRandom random) {
        String digits = random.pick(MOBILE_PREFIXES) + digits(random, 8);
        return switch (random.nextInt(4)) {
            case 0 -> digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
            case 1 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            default -> digits;
        };
    }

    /**
     * A landline in the area with this trunk code ("0755"), as long as numbers there are; local
     * numbers never start with 0 or 1. Null when the area code is no longer in use.
     */
    static String landline(DemoRandom random, String areaCode, LandlineLengths lengths) {
        // a few number blocks are unused (e.g. some 010-800…); draw again when one is hit
        for (int attempt = 0; attempt < 5; attempt++) {
            int first = random.between(2, 8);
            int length = lengths.localLength(areaCode, first);
            if (length == 0) {
                return null;
            }
            String local = first + digits(random, length - 1);
            if (lengths.valid(areaCode, local)) {
                return format(random, areaCode, local);
            }
        }
        return null;
    }

    private static String format(DemoRandom random, String areaCode, String local) {
        String number = switch (random.nextInt(3)) {
            case 0 -> "(" + areaCode + ")" + local;
            case 1 -> areaCode + " " + local;
            default -> areaCode + "-" + local;
        };
        return random.chance(0.1) ? number + "转" + random.between(800, 8999) : number;
    }

    private static String digits(DemoRandom random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
