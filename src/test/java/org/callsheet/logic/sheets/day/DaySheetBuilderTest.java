package org.callsheet.logic.sheets.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.callsheet.logic.sheets.FieldGrid;
import org.callsheet.logic.sheets.Heading;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.Table;
import org.callsheet.logic.sheets.WritingLines;
import org.junit.jupiter.api.Test;

class DaySheetBuilderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private final DaySheetPlan plan = new DaySheetPlan(LocalDate.of(2026, 3, 3), "王芳", "浦东一号", 23.46, true,
            LocalTime.of(16, 5), List.of(
            new DaySheetStop(1, LocalTime.of(9, 0), false, "浦东一号", "上海市浦东新区张江路1号", "李明", "13800138000",
                    "送样品", "想要报价", "两台设备"),
            new DaySheetStop(2, LocalTime.of(14, 30), true, "黄浦二号", "上海市黄浦区南京路2号", "", "", "", "", "")));

    @Test
    void theRouteInOrderWithArrivalsThenABlockPerStopWithLinesToWriteOn() {
        Sheet sheet = new DaySheetBuilder(Locale.SIMPLIFIED_CHINESE, CLOCK).build(plan);
        assertThat(sheet.frame().title()).isEqualTo("拜访日程表");
        assertThat(sheet.frame().printed()).isEqualTo("打印于 2026年3月2日，王芳");
        assertThat(((Heading) sheet.blocks().getFirst()).text()).isEqualTo("2026年3月3日 拜访");
        FieldGrid summary = (FieldGrid) sheet.blocks().get(1);
        assertThat(summary.fields()).extracting(f -> f.value()).contains("浦东一号", "2", "≈ 23.5 公里（估算）", "16:05");
        Table route = sheet.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow();
        assertThat(route.rows()).containsExactly(
                List.of("1", "09:00", "浦东一号", "上海市浦东新区张江路1号", "李明 13800138000", "送样品"),
                List.of("2", "14:30（预约）", "黄浦二号", "上海市黄浦区南京路2号", "", ""));
        assertThat(sheet.blocks().stream().filter(WritingLines.class::isInstance).count()).isEqualTo(2);
        FieldGrid firstStop = (FieldGrid) sheet.blocks().stream().filter(FieldGrid.class::isInstance).skip(1)
                .findFirst().orElseThrow();
        assertThat(firstStop.fields()).extracting(f -> f.value()).contains("想要报价", "两台设备");
    }

    @Test
    void speaksEnglishForOtherLanguages() {
        Sheet sheet = new DaySheetBuilder(Locale.GERMAN, CLOCK).build(plan);
        assertThat(sheet.frame().title()).isEqualTo("Day sheet");
        assertThat(sheet.blocks()).filteredOn(Heading.class::isInstance).extracting(b -> ((Heading) b).text())
                .contains("Visits on Mar 3, 2026", "Route", "2. 黄浦二号  14:30 (appointment)");
    }
}
