package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callsheet plan-visits --stops}: the command-line contract, no database. */
class PlanVisitsStopsCommandTest {
    private static final String HEADER = "external_id,name,latitude,longitude,notes\n";
    // Four points in Shanghai on a rough square: 人民广场, 陆家嘴, 徐家汇, 静安寺 (out of order on purpose)
    private static final String SQUARE = HEADER
            + "A,人民广场,31.2304,121.4737,\n"
            + "C,徐家汇,31.1950,121.4365,\n"
            + "B,陆家嘴,31.2397,121.4998,\n"
            + "D,静安寺,31.2235,121.4452,\n";

    @TempDir
    Path folder;

    private final FakeCliEnvironment environment = new FakeCliEnvironment();

    private Path file(String name, String text, Charset charset) throws Exception {
        Path path = folder.resolve(name);
        Files.write(path, text.getBytes(charset));
        return path;
    }

    @Test
    void routesFromTheFirstRowAndBackWithoutOpeningADatabase() throws Exception {
        Path stops = file("stops.csv", SQUARE, StandardCharsets.UTF_8);
        CliRun run = CliRun.of(environment, "plan-visits", "--stops", stops.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(environment.openedWith).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("seq,external_id,name,latitude,longitude,leg_km,cumulative_km");
        assertThat(lines.get(1)).startsWith("1,A,人民广场,31.2304,121.4737,0.000,0.000");
        assertThat(lines).hasSize(6);
        List<String> order = lines.subList(1, 5).stream().map(l -> l.split(",")[1]).toList();
        assertThat(order).isIn(List.of("A", "B", "C", "D"), List.of("A", "D", "C", "B"));
        assertThat(lines.getLast()).matches("stops=4 km=\\d+\\.\\d{3}");
        double cumulative = Double.parseDouble(lines.get(4).split(",")[6]);
        double total = Double.parseDouble(lines.getLast().split("km=")[1]);
        assertThat(total).isGreaterThan(cumulative);
    }

    @Test
    void openRouteFromAGivenStartEndsAtItsLastStopAndCountsNoReturn() throws Exception {
        Path stops = file("stops.csv", SQUARE, StandardCharsets.UTF_8);
        CliRun run = CliRun.of(environment, "plan-visits", "--stops", stops.toString(), "--start",
                "31.2400,121.5100", "--open");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(1).split(",")[1]).isEqualTo("B");
        assertThat(Double.parseDouble(lines.get(1).split(",")[5])).isGreaterThan(0);
        String lastCumulative = lines.get(4).split(",")[6];
        assertThat(lines.getLast()).isEqualTo("stops=4 km=" + lastCumulative);
    }

    @Test
    void writesUtf8WithByteOrderMarkToTheOutFile() throws Exception {
        Path stops = file("stops.csv", SQUARE, StandardCharsets.UTF_8);
        Path out = folder.resolve("route.csv");
        CliRun run = CliRun.of(environment, "plan-visits", "--stops", stops.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("seq,external_id,name,latitude,longitude,leg_km,cumulative_km\r\n1,A,人民广场");
        assertThat(run.out().lines().toList()).hasSize(1).first().asString().startsWith("stops=4 km=");
    }

    @Test
    void chineseHeadersInGb18030AreRead() throws Exception {
        String text = "客户编号,名称,纬度,经度\nA,人民广场,31.2304,121.4737\nB,陆家嘴,31.2397,121.4998\n";
        Path stops = file("站点.csv", text, Charset.forName("GB18030"));
        CliRun run = CliRun.of(environment, "plan-visits", "--stops", stops.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2,B,陆家嘴,31.2397,121.4998");
        assertThat(run.out().lines().toList().getLast()).startsWith("stops=2 km=");
    }

    @Test
    void rowsWithMissingOrOutOfRangeCoordinatesAreRejectedWithRowAndReason() throws Exception {
        Path stops = file("stops.csv", SQUARE + "E,无坐标,,121.4\nF,太远,95.0,121.4\nG,乱写,abc,121.4\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of(environment, "plan-visits", "--stops", stops.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).contains("Row 6, column \"latitude\"").contains("no coordinate")
                .contains("Row 7, column \"latitude\"").contains("95.0 is out of range")
                .contains("Row 8, column \"latitude\"").contains("\"abc\" is not a number")
                .contains("3 rows left out of the route.");
        assertThat(run.out().lines().toList().getLast()).startsWith("stops=4 km=");
    }

    @Test
    void oneRejectedRowIsCountedInTheSingular() throws Exception {
        Path stops = file("stops.csv", SQUARE + "E,无坐标,,121.4\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of(environment, "plan-visits", "--stops", stops.toString());
        assertThat(run.err()).contains("1 row left out of the route.");
    }

    @Test
    void badUsageAndUnreadableFilesExitWithTwo() throws Exception {
        assertThat(CliRun.of(environment, "plan-visits").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of(environment, "plan-visits", "--stops", folder.resolve("none.csv").toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        Path stops = file("stops.csv", SQUARE, StandardCharsets.UTF_8);
        CliRun badStart = CliRun.of(environment, "plan-visits", "--stops", stops.toString(), "--start", "91,10");
        assertThat(badStart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badStart.err()).contains("91,10");
        Path noCoordinates = file("names.csv", "external_id,name\nA,x\n", StandardCharsets.UTF_8);
        CliRun missing = CliRun.of(environment, "plan-visits", "--stops", noCoordinates.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("latitude, longitude");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void messagesSpeakChinese() throws Exception {
        Path stops = file("stops.csv", SQUARE + "E,无坐标,,121.4\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of(environment, Locale.SIMPLIFIED_CHINESE, "plan-visits", "--stops", stops.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).contains("没有坐标");
    }

    @Test
    void twentyStopsAreRoutedByTheHeuristicAndEveryStopAppearsOnce() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 20; i++) {
            text.append("S").append(i).append(",点").append(i).append(',')
                    .append(String.format(Locale.ROOT, "%.4f,%.4f", 31.1 + (i * 37 % 20) * 0.01, 121.3 + (i * 13 % 20) * 0.01))
                    .append(",\n");
        }
        Path stops = file("many.csv", text.toString(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of(environment, "plan-visits", "--stops", stops.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(22);
        assertThat(lines.subList(1, 21).stream().map(l -> l.split(",")[1]).distinct().count()).isEqualTo(20);
        assertThat(lines.get(1)).startsWith("1,S0,");
    }
}
