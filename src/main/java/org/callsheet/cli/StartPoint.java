package org.callsheet.cli;

import java.util.Optional;
import org.callsheet.logic.text.Characters;

/** Reads {@code --start LAT,LON}: two decimal degrees within range. */
final class StartPoint {
    private StartPoint() {
    }

    static Optional<double[]> parse(String text, PlanVisitsTexts texts) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = Characters.halfWidth(text).split(",");
        try {
            if (parts.length == 2) {
                double latitude = Double.parseDouble(parts[0].strip());
                double longitude = Double.parseDouble(parts[1].strip());
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    return Optional.of(new double[] {latitude, longitude});
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the value as given
        }
        throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.start", text));
    }
}
