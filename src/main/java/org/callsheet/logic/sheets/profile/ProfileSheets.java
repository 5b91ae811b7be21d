package org.callsheet.logic.sheets.profile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.layout.FontMetrics;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.layout.SheetLayout;

/**
 * Profile sheets of customers, laid out on paper: reads a customer's facts, builds the sheet in
 * the options' language and paginates it. Thread-safe; a {@link Run} serves one print on one thread.
 */
public final class ProfileSheets {
    private final ProfileSources sources;
    private final FontMetrics metrics;
    private final Clock clock;

    public ProfileSheets(ProfileSources sources, FontMetrics metrics, Clock clock) {
        this.sources = sources;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Run start(ProfileOptions options, Paper paper) {
        return new Run(options, paper);
    }

    /** One print: sheets built and laid out one after another, in the order asked. */
    public final class Run {
        private final ProfileSheetBuilder builder;
        private final SheetLayout layout;

        private Run(ProfileOptions options, Paper paper) {
            this.builder = new ProfileSheetBuilder(options, clock);
            this.layout = new SheetLayout(paper, metrics, builder.texts().locale());
        }

        /** The customer's facts; empty when the customer no longer exists. */
        public Optional<ProfileFacts> facts(long customerId) {
            return sources.read(customerId);
        }

        public Sheet sheet(ProfileFacts facts) {
            return builder.build(facts);
        }

        /** The pages of the customer's sheet, the {@code index}th of the print. */
        public List<LaidOutPage> pages(ProfileFacts facts, int index) {
            return layout.layOut(builder.build(facts), index);
        }

        public String subject(ProfileFacts facts) {
            return builder.subject(facts.customer());
        }

        public SheetTexts texts() {
            return builder.texts();
        }
    }
}
