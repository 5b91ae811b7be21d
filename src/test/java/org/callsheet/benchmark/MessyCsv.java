package org.callsheet.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Generates the kind of files reps get from company systems: Chinese headers, full-width digits,
 * phone numbers in every format, quoted commas and line breaks, three date styles, blank lines,
 * repeated ids, rows without a name, orders naming unknown customers.
 */
final class MessyCsv {
    private static final List<String> INDUSTRIES = List.of("制造", "零售", "餐饮", "物流", "教育", "医疗", "软件");
    private static final List<String> CITIES = List.of("广东省深圳市南山区", "北京市朝阳区", "上海市浦东新区",
            "浙江省杭州市西湖区", "四川省成都市武侯区", "");
    private static final List<String> OWNERS = List.of("王伟", "李娜", "张敏", "刘洋");

    private MessyCsv() {
    }

    static void customers(Path file, int rows) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF客户编号,客户名称,客户类型,行业,地址,负责人,标签,备注,联系人,手机,电话,邮箱,生日\r\n");
            for (int i = 0; i < rows; i++) {
                int roll = random.nextInt(1000);
                String id = roll < 100 ? "" : roll < 110 && i > 0 ? "C" + random.nextInt(i) : "C" + i;
                String name = roll == 999 ? "" : (roll % 7 == 0 ? " " : "") + "客户" + i + "贸易有限公司";
                String kind = roll % 3 == 0 ? "公司" : roll % 3 == 1 ? "个人" : "";
                String address = CITIES.get(random.nextInt(CITIES.size())) + "科技路" + (i % 500) + "号";
                String tags = roll % 4 == 0 ? "\"重点,华南\"" : roll % 4 == 1 ? "新客" : "";
                String notes = roll % 50 == 0 ? "\"说过\"\"年底\"\"再联系,\n第二行\"" : roll % 5 == 0 ? "回访过" : "";
                out.write(String.join(",", id, name, kind, INDUSTRIES.get(random.nextInt(INDUSTRIES.size())), address,
                        OWNERS.get(random.nextInt(OWNERS.size())), tags, notes, "联系人" + i, mobile(13_000_000_000L + i, roll),
                        roll % 3 == 0 ? "0755-" + (26_000_000 + i % 1_000_000) : "", email(i, roll), birthday(random, roll)));
                out.write("\r\n");
                if (roll == 500) {
                    out.write(",,,,,,,,,,,,\r\n");
                }
            }
        }
    }

    static void orders(Path file, int rows, int customers) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("订单号,客户编号,下单日期,金额（元）,成本,回款金额,到期日\n");
            for (int i = 0; i < rows; i++) {
                int roll = random.nextInt(1000);
                String customer = roll < 5 ? "X" + i : "C" + random.nextInt(Math.max(1, customers));
                int day = 1 + random.nextInt(28);
                int month = 1 + random.nextInt(12);
                String date = roll % 3 == 0 ? "2025-%02d-%02d".formatted(month, day)
                        : roll % 3 == 1 ? "2025年%d月%d日".formatted(month, day) : "2025/%d/%d".formatted(month, day);
                long cents = 1_000 + random.nextInt(10_000_000);
                String amount = roll % 4 == 0 ? "\"¥%,d.%02d\"".formatted(cents / 100, cents % 100)
                        : roll == 1 ? "(12.50)" : "%d.%02d".formatted(cents / 100, cents % 100);
                out.write(String.join(",", "SO" + i, customer, date, amount, roll % 2 == 0 ? "" + cents / 200 : "",
                        roll % 5 == 0 ? "" + cents / 100 : "", ""));
                out.write("\n");
            }
        }
    }

    private static String mobile(long number, int roll) {
        String digits = Long.toString(number);
        return switch (roll % 5) {
            case 0 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            case 1 -> "+86-" + digits;
            case 2 -> fullWidth(digits);
            case 3 -> "";
            default -> digits;
        };
    }

    private static String email(int i, int roll) {
        return roll % 10 == 0 ? "kh" + i + "@example.cn" : roll % 97 == 0 ? "不是邮箱" : "";
    }

    private static String birthday(Random random, int roll) {
        int year = 1960 + random.nextInt(40);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (roll % 4) {
            case 0 -> "%d-%02d-%02d".formatted(year, month, day);
            case 1 -> "%d年%d月%d日".formatted(year, month, day);
            case 2 -> "%d/%d/%d".formatted(year, month, day);
            default -> "";
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append((char) (c - '0' + '０'));
        }
        return out.toString();
    }
}
