package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged launcher works as the command line with no display (runs after `mvn package`). */
class AppImageIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("callsheet.target", "target"),
            "callsheet", "bin", "callsheet");

    @TempDir
    Path folder;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) throws Exception {
        return runWith(LAUNCHER, args);
    }

    private Result runWith(Path launcher, String... args) throws Exception {
        return runWith(launcher, java.util.Map.of(), args);
    }

    private Result runWith(Path launcher, java.util.Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = run("--version");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains(Version.current());
    }

    @Test
    void startsThroughASymbolicLinkFromAnotherFolder() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("callsheet"), LAUNCHER.toAbsolutePath());
        Result result = runWith(link, "--version");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains(Version.current());
        assertThat(result.err()).as("the start-up class data is used without complaint").isEmpty();
    }

    @Test
    void usesItsStartUpClassDataWhereverTheImageIsInstalled() throws Exception {
        Path image = LAUNCHER.getParent().getParent();
        Path installed = folder.resolve("opt").resolve("callsheet");
        copyTree(image, installed);
        Result result = runWith(installed.resolve("bin").resolve("callsheet"),
                java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xlog:aot=info"), "--version");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).as("an image moved from where it was built still maps its class data")
                .contains("Using AOT-linked classes: true").doesNotContain("[error]");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (java.util.stream.Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void fillsADatabaseWithDemoDataWithoutADisplay() throws Exception {
        Result result = run("--db", folder.resolve("crm").toString(), "demo", "--customers", "25", "--seed", "9");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().strip().lines().toList().getLast()).startsWith("customers=25 ");
        assertThat(folder.resolve("crm.mv.db")).exists();
    }

    @Test
    void theRuntimeKnowsChineseDateFormats() throws Exception {
        Path release = LAUNCHER.getParent().getParent().resolve("lib/runtime/release");
        assertThat(Files.readString(release)).as("dates in Chinese need the runtime's locale data")
                .contains("jdk.localedata");
    }

    @Test
    void badUsageIsExitCodeTwoAndOneSentence() throws Exception {
        Result result = run("demo", "--customers", "many");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void chinesePathsWorkUnderTheCLocale() throws Exception {
        Path database = folder.resolve("客户资料").resolve("crm");
        Result result = runWith(LAUNCHER, java.util.Map.of("LANG", "C", "LC_ALL", "C"),
                "--db", database.toString(), "demo", "--customers", "5", "--seed", "3");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(folder.resolve("客户资料").resolve("crm.mv.db")).exists();
        Path export = folder.resolve("导出.csv");
        Result exported = runWith(LAUNCHER, java.util.Map.of("LANG", "C", "LC_ALL", "C"),
                "--db", database.toString(), "export", "customers", export.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readString(export, StandardCharsets.UTF_8)).containsPattern("\\p{IsHan}{2,}");
    }
}
