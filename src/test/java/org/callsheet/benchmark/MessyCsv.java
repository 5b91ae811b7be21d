package org.callsheet.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates an orders file as company systems export it: Chinese headers, three date styles,
 * amounts with ¥ and thousands separators, repeated order numbers, orders naming unknown customers.
 * The customers they name are {@link CompanyListCsv}'s.
 */
final class MessyCsv {
    private MessyCsv() {
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
}
