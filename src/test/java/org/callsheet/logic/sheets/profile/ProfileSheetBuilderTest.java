package org.callsheet.logic.sheets.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Field;
import org.callsheet.logic.sheets.FieldGrid;
import org.callsheet.logic.sheets.Heading;
import org.callsheet.logic.sheets.Paragraph;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.Table;
import org.callsheet.logic.sheets.WritingLines;
import org.junit.jupiter.api.Test;

class ProfileSheetBuilderTest {

    private static Sheet build(ProfileFacts facts, Locale locale, Set<SheetSection> sections, EmptyFields empty) {
        return new ProfileSheetBuilder(new ProfileOptions(locale, sections, empty, "张伟"), ProfileFactsFixture.CLOCK)
                .build(facts);
    }

    /** Every text of the sheet, flattened. */
    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        out.add(sheet.frame().title());
        out.add(sheet.frame().printed());
        out.add(sheet.frame().subject());
        for (Block block : sheet.blocks()) {
            switch (block) {
                case Heading h -> out.add(h.text());
                case Paragraph p -> out.add(p.text());
                case FieldGrid g -> g.fields().forEach(f -> {
                    out.add(f.label());
                    out.add(f.value());
                });
                case Table t -> {
                    out.addAll(t.headers());
                    t.rows().forEach(out::addAll);
                }
                case WritingLines w -> out.addAll(w.labels());
                default -> { }
            }
        }
        return out;
    }

    private static List<String> headings(Sheet sheet) {
        return sheet.blocks().stream().filter(Heading.class::isInstance).map(b -> ((Heading) b).text()).toList();
    }

    @Test
    void aFullSheetHoldsEverySectionInOrder() {
        Sheet sheet = build(ProfileFactsFixture.full(), Locale.ENGLISH, SheetSection.all(), EmptyFields.OMIT);

        assertThat(headings(sheet)).containsExactly("北京科技有限公司", "Company", "Contacts", "Classification",
                "Needs from the latest calls", "Latest calls", "Open follow-ups", "Key dates in the coming year",
                "Notes", "Visit (fill in by hand)");
        assertThat(sheet.frame().printed()).isEqualTo("Printed Mar 2, 2026 by 张伟");
        assertThat(sheet.frame().subject()).isEqualTo("北京科技有限公司 (C001)");
        assertThat(texts(sheet)).contains("C001", "张伟", "Big customer", "Yes", "中关村大街 1 号", "北京市 海淀区",
                "138 0013 8000, 139 1111 2222, 010-62345678", "李𠮟明", "总经理", "li@example.cn", "Apr 18, 1975",
                "1,288,000.50", "R 4  F 5  M 5", "需要 200 台服务器", "Positive", "4 / 5", "Yes, Mar 10, 2026",
                "Feb 27, 2026 14:30", "Connected", "5:15", "报价已发\nNext: 下周拜访", "No answer", "带样品",
                "Birthday of 李𠮟明", "51 years", "老客户，年底采购。\n联系前先看报价单。", "People met",
                "The latest 2 of 12 calls.");
    }

    @Test
    void emptyFieldsAreLeftOutAndNeverNull() {
        Sheet sheet = build(ProfileFactsFixture.bare(), Locale.ENGLISH, SheetSection.all(), EmptyFields.OMIT);

        assertThat(headings(sheet)).containsExactly("上海贸易公司", "Company", "Visit (fill in by hand)");
        assertThat(texts(sheet)).noneMatch(t -> t.contains("null")).doesNotContain("Industry", "Customer id");
        assertThat(sheet.blocks()).filteredOn(FieldGrid.class::isInstance)
                .allSatisfy(g -> assertThat(((FieldGrid) g).fields()).noneMatch(Field::blank));
    }

    @Test
    void withBlankLinesEmptyFieldsAndSectionsStayToWriteIn() {
        Sheet sheet = build(ProfileFactsFixture.bare(), Locale.ENGLISH, SheetSection.all(), EmptyFields.BLANK_LINES);

        assertThat(headings(sheet)).contains("Contacts", "Latest calls", "Notes", "Classification");
        assertThat(texts(sheet)).contains("Industry", "Customer id", "Not classified yet.")
                .noneMatch(t -> t.contains("null"));
        Table contacts = sheet.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.headers().contains("Mobile")).findFirst().orElseThrow();
        assertThat(contacts.rows()).hasSize(2).allSatisfy(row -> assertThat(row).allMatch(String::isEmpty));
    }

    @Test
    void onlyTheChosenSectionsAppear() {
        Sheet sheet = build(ProfileFactsFixture.full(), Locale.ENGLISH,
                EnumSet.of(SheetSection.CONTACTS, SheetSection.VISIT), EmptyFields.OMIT);

        assertThat(headings(sheet)).containsExactly("北京科技有限公司", "Contacts", "Visit (fill in by hand)");
    }

    @Test
    void speaksSimplifiedAndTraditionalChinese() {
        Sheet simplified = build(ProfileFactsFixture.full(), Locale.SIMPLIFIED_CHINESE, SheetSection.all(),
                EmptyFields.OMIT);
        Sheet traditional = build(ProfileFactsFixture.full(), Locale.TRADITIONAL_CHINESE, SheetSection.all(),
                EmptyFields.OMIT);

        assertThat(simplified.frame().title()).isEqualTo("客户概况表");
        assertThat(headings(simplified)).contains("联系人", "最近通话", "拜访记录（手写）");
        assertThat(texts(simplified)).contains("打印于 2026年3月2日，张伟", "李𠮟明的生日");
        assertThat(traditional.frame().title()).isEqualTo("客戶概況表");
        assertThat(headings(traditional)).contains("聯絡人", "最近通話");
    }
}
