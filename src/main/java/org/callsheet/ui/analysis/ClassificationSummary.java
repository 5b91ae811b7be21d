package org.callsheet.ui.analysis;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/**
 * One customer's current classification in the editor's Classification tab: tier, 12-month
 * revenue, RFM scores and segment, value quadrant, face, churn warning and the repeat-purchase
 * forecast, each as a label and a value in the user's language.
 */
final class ClassificationSummary {
    /** A row of the summary. */
    record Line(String label, String value) {
    }

    private ClassificationSummary() {
    }

    static Node node(CustomerClassificationViewModel model, I18n i18n) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane grid = new GridPane();
        grid.setId("classificationSummary");
        grid.setHgap(16);
        grid.setVgap(4);
        Runnable fill = () -> {
            AnalysisBackend.CustomerResult result = model.resultProperty().get();
            grid.getChildren().clear();
            title.setText(result == null ? i18n.get("analysis.summary.none")
                    : i18n.format("analysis.summary.title", i18n.dates().date(result.result().asOf())));
            if (result != null) {
                List<Line> lines = lines(result, i18n);
                for (int i = 0; i < lines.size(); i++) {
                    Label label = new Label(lines.get(i).label());
                    label.getStyleClass().add(Styles.TEXT_MUTED);
                    grid.addRow(i, label, new Label(lines.get(i).value()));
                }
            }
        };
        model.resultProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        VBox box = new VBox(6, title, grid);
        box.setPadding(new Insets(0, 0, 6, 0));
        return box;
    }

    static List<Line> lines(AnalysisBackend.CustomerResult customer, I18n i18n) {
        Locale locale = i18n.language().locale();
        ClassificationResult result = customer.result();
        CustomerClassification c = result.rules();
        List<Line> out = new ArrayList<>();
        String tier = StatusLabels.label(i18n, result.status());
        out.add(new Line(i18n.get("analysis.summary.tier"), result.overridden()
                ? i18n.format("analysis.summary.tierByHand", tier, StatusLabels.label(i18n, c.status())) : tier));
        out.add(new Line(i18n.get("analysis.summary.revenue"),
                i18n.format("analysis.summary.revenueValue", i18n.format("analysis.money", c.revenue12m()),
                        c.orders12m())));
        out.add(new Line(i18n.get("analysis.summary.lastOrder"), c.recencyDays() == null
                ? i18n.get("analysis.summary.noWindowOrder")
                : i18n.format("analysis.summary.daysAgo", c.recencyDays())));
        out.add(new Line(i18n.get("analysis.summary.rfm"), c.scored()
                ? i18n.format("analysis.summary.rfmValue", c.recencyScore(), c.frequencyScore(), c.monetaryScore(),
                i18n.get(c.segment().messageKey()))
                : i18n.get("analysis.summary.noWindowOrder")));
        out.add(new Line(i18n.get("analysis.summary.quadrant"), i18n.get(c.quadrant().messageKey())));
        out.add(new Line(i18n.get("analysis.summary.face"), i18n.get(c.face().messageKey())));
        out.add(new Line(i18n.get("analysis.summary.churn"),
                i18n.get(c.churnWarning() ? "analysis.summary.yes" : "analysis.summary.no")));
        out.add(new Line(i18n.get("analysis.summary.alive"), c.probabilityAlive() == null
                ? i18n.get("analysis.summary.noForecast")
                : i18n.format("analysis.summary.aliveValue", NumberFormat.getPercentInstance(locale)
                .format(c.probabilityAlive()), i18n.get(c.repurchase().messageKey()))));
        out.add(new Line(i18n.format("analysis.summary.expected", customer.forecastDays()),
                c.expectedOrders90d() == null ? i18n.get("analysis.summary.noForecast")
                        : oneDecimal(c.expectedOrders90d(), locale)));
        out.add(new Line(i18n.format("analysis.summary.clv", customer.clvMonths()),
                c.clv12m() == null ? i18n.get("analysis.summary.noForecast")
                        : i18n.format("analysis.money", c.clv12m())));
        return out;
    }

    private static String oneDecimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
