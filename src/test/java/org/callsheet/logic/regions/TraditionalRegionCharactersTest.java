package org.callsheet.logic.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.callsheet.model.Region;
import org.junit.jupiter.api.Test;

/**
 * The shipped table of Traditional characters the address parser reads as Simplified
 * ({@link TraditionalRegionCharacters}) is every character of the shipped region names whose
 * Traditional form (ICU's Simplified-Traditional) differs and is not itself used by a region name
 * (乾县 keeps its 乾). Run with
 * {@code -Dregions.writeTraditional=true} to write the table again after the region data changed.
 */
class TraditionalRegionCharactersTest {
    @Test
    void theShippedTableHasTheTraditionalFormOfEveryCharacterOfTheRegionNames() throws IOException {
        TreeSet<Character> used = new TreeSet<>();
        for (Region region : RegionDirectory.shipped().all()) {
            region.name().chars().forEach(c -> used.add((char) c));
        }
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        Map<Character, Character> expected = new TreeMap<>();
        for (char simplified : used) {
            String traditional = toTraditional.transliterate(String.valueOf(simplified));
            // a form some region name uses as it is (乾县) must keep reading as itself
            if (traditional.length() == 1 && traditional.charAt(0) != simplified
                    && !used.contains(traditional.charAt(0))) {
                expected.put(traditional.charAt(0), simplified);
            }
        }
        StringBuilder table = new StringBuilder("# Traditional character, tab, the Simplified one the region names use.\n"
                + "# Made by TraditionalRegionCharactersTest from the names in adcode_province_city_county.csv\n"
                + "# (LICENSE-adcode-CC-BY-4.0.md) with ICU's Simplified-Traditional.\n");
        expected.forEach((t, s) -> table.append(t).append('\t').append(s).append('\n'));
        if (Boolean.getBoolean("regions.writeTraditional")) {
            Files.writeString(Path.of("src/main/resources" + TraditionalRegionCharacters.RESOURCE), table);
        }
        try (InputStream in = TraditionalRegionCharacters.class.getResourceAsStream(TraditionalRegionCharacters.RESOURCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(table.toString());
        }
        assertThat(expected).containsEntry('東', '东').containsEntry('廣', '广').containsEntry('區', '区');
    }

    @Test
    void traditionalCharactersOfPlaceNamesReadAsSimplifiedAndTheRestStays() {
        assertThat(TraditionalRegionCharacters.shipped().simplified("廣東省深圳市南山區科技園")).isEqualTo("广东省深圳市南山区科技园");
        assertThat(TraditionalRegionCharacters.shipped().simplified("abc 123")).isEqualTo("abc 123");
        assertThat(TraditionalRegionCharacters.shipped().simplified("陕西省咸阳市乾县")).isEqualTo("陕西省咸阳市乾县");
    }
}
