package org.callsheet.logic.csv.imports;

import java.nio.file.Path;
import java.time.Clock;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqImportStore;

/**
 * Run in its own JVM by {@link ImportKillTest}: imports a customer file into a file database and
 * prints each progress report, so that the test can kill it half way.
 */
public final class ImportKillChild {
    private ImportKillChild() {
    }

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        Path file = Path.of(args[1]);
        PhoneNormalizer phones = new PhoneNormalizer();
        try (Database db = Database.open(database)) {
            AddressParser addresses = new AddressParser(RegionDirectory.shipped());
            ImportService imports = new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                    addresses::parse, Clock.systemUTC());
            ImportResult result = imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS)
                    .withPolicy(DuplicatePolicy.UPDATE), progress -> {
                        System.out.println(progress.phase() + " " + progress.rowsRead());
                        System.out.flush();
                    }, () -> false);
            System.out.println("DONE " + result.counts());
        }
    }
}
