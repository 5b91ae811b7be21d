import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;

/**
 * Build step (generate-sources, run as a source file by exec:exec on JDK 25): migrates the
 * database named in the codegen configuration (an in-memory H2 database) with the app's Flyway
 * migrations and generates the jOOQ classes from it, in one JVM. Migrating a file in Maven's JVM
 * and reading it from a second one sometimes gave the generator an empty schema (ADR 0002).
 *
 * <p>Arguments: the migrations folder and the codegen configuration file.
 */
public class GenerateJooq {
    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Configuration configuration;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            configuration = GenerationTool.load(in);
        }
        String url = configuration.getJdbc().getUrl();
        Flyway.configure().dataSource(url, configuration.getJdbc().getUser(), configuration.getJdbc().getPassword())
                .locations("filesystem:" + migrations.toAbsolutePath()).load().migrate();
        GenerationTool.generate(configuration);
    }
}
