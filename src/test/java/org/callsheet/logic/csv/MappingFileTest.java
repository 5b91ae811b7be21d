package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingFileTest {
    private final MappingFile files = new MappingFile(EntityRegistry.standard());
    private final HeaderMapper mapper = new HeaderMapper();

    @Test
    void savedMappingGivesTheSameMappingBack() throws IOException {
        List<String> header = List.of("单位", "手机", "备用号码", "生日", "微信");
        HeaderMapping mapping = mapper.map(StandardEntities.CUSTOMERS, header).mapping()
                .withField(0, "name").withField(2, "phone").withDateOrder("birthday", DayMonthOrder.MONTH_FIRST);
        StringWriter out = new StringWriter();
        files.save(mapping, out);
        assertThat(out.toString()).contains("entity=customers").contains("name").contains("MONTH_FIRST");

        HeaderMapping loaded = files.apply(files.load(new StringReader(out.toString())), header).mapping();
        for (int i = 0; i < header.size(); i++) {
            assertThat(loaded.fieldOf(i)).isEqualTo(mapping.fieldOf(i));
        }
        assertThat(loaded.dateOrder("birthday")).contains(DayMonthOrder.MONTH_FIRST);
    }

    @Test
    void handWrittenFileIgnoresAColumnAndLeavesTheRestAutomatic() throws IOException {
        String text = "entity=customers\ncolumn.客户名称=name\ncolumn.手机=\n";
        MappingFile.Saved saved = files.load(new StringReader(text));
        HeaderMapper.Result result = files.apply(saved, List.of("客戶名稱", "手机", "邮箱"));
        assertThat(result.mapping().fieldOf(0)).contains("name");
        assertThat(result.mapping().fieldOf(1)).isEmpty();
        assertThat(result.mapping().fieldOf(2)).contains("email");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void refusesUnknownEntitiesAndFields() {
        assertThatThrownBy(() -> files.load(new StringReader("entity=ships\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ships");
        assertThatThrownBy(() -> files.load(new StringReader("entity=orders\ncolumn.x=colour\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    }
}
