package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CliLocalisationTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CliLocalisationTest.class.getResourceAsStream("/org/callsheet/i18n/cli" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        Properties english = bundle("");
        assertThat(bundle("_zh_CN").keySet()).isEqualTo(english.keySet());
        assertThat(bundle("_zh_TW").keySet()).isEqualTo(english.keySet());
        assertThat(bundle("_zh_CN").getProperty("help")).isNotEqualTo(english.getProperty("help"));
    }

    @Test
    void helpAndErrorsInSimplifiedChinese() {
        CliRun help = CliRun.of(new FakeCliEnvironment(), Locale.SIMPLIFIED_CHINESE, "demo", "--help");
        assertThat(help.out()).contains("用法：", "要创建的客户数量", "（默认：1000）");
        CliRun bad = CliRun.of(new FakeCliEnvironment(), Locale.SIMPLIFIED_CHINESE, "demo", "--customers", "0");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.errLines()).singleElement().asString().startsWith("命令行有误：客户数量必须在 1 到 1,000,000 之间");
    }

    @Test
    void traditionalChineseForTaiwanAndHongKong() {
        CliRun taiwan = CliRun.of(new FakeCliEnvironment(), Locale.TRADITIONAL_CHINESE, "--help");
        assertThat(taiwan.out()).contains("選項：", "顯示本說明並結束。");
        CliRun hongKong = CliRun.of(new FakeCliEnvironment(), Locale.forLanguageTag("zh-HK"), "--help");
        assertThat(hongKong.out()).contains("選項：");
    }

    @Test
    void progressIsLocalisedButTheResultLineIsNot() {
        FakeCliEnvironment environment = new FakeCliEnvironment();
        CliRun run = CliRun.of(environment, Locale.SIMPLIFIED_CHINESE, "demo", "--customers", "20");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("演示数据：已写入 20 / 20 个客户（100%）。");
        assertThat(run.out()).startsWith("customers=20 contacts=");
    }

    @Test
    void picocliProblemsAreWordedInTheUsersLanguage() {
        CliRun unknown = CliRun.of(new FakeCliEnvironment(), Locale.SIMPLIFIED_CHINESE, "demo", "--loud");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.errLines()).singleElement().asString()
                .isEqualTo("命令行有误：无法识别的参数“--loud”（请参阅“callsheet demo --help”）。");
        CliRun value = CliRun.of(new FakeCliEnvironment(), Locale.TRADITIONAL_CHINESE, "demo", "--customers", "many");
        assertThat(value.errLines()).singleElement().asString().contains("「many」不是 --customers 的有效值")
                .doesNotContain("Invalid", "is not");
        CliRun missing = CliRun.of(new FakeCliEnvironment(), Locale.ENGLISH, "demo", "--customers");
        assertThat(missing.errLines()).singleElement().asString()
                .isEqualTo("Invalid command line: --customers needs a value after it (see 'callsheet demo --help').");
        CliRun absent = CliRun.of(new FakeCliEnvironment(), Locale.ENGLISH, "profile", "--customer", "C001");
        assertThat(absent.errLines()).singleElement().asString()
                .startsWith("Invalid command line: --out is missing");
    }
}
