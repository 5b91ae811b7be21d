package org.callsheet.ui.funnel;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.StageFigures;

/**
 * The figures beside the funnel: weighted pipeline, won amount, win rate, overall conversion and
 * the number of opportunities, each with the previous period's value; the weakest step and the
 * lost reasons, most frequent first.
 */
final class FunnelFiguresPane {
    private final FunnelLabels labels;
    private final VBox root = new VBox(10);

    FunnelFiguresPane(FunnelLabels labels) {
        this.labels = labels;
        root.setId("funnel-figures");
        root.setMinWidth(220);
        root.setPrefWidth(260);
    }

    Node node() {
        return root;
    }

    void show(FunnelComparison comparison) {
        root.getChildren().clear();
        if (comparison == null) {
            return;
        }
        FunnelFigures now = comparison.current();
        Optional<FunnelFigures> before = comparison.previous();
        var i18n = labels.i18n();
        root.getChildren().addAll(
                figure("figure-weighted", "funnel.figure.weighted", now, before, f -> labels.money(f.weightedAmount()),
                        i18n.format("funnel.figure.openDetail", now.open(), labels.money(now.openAmount()))),
                figure("figure-won", "funnel.figure.won", now, before, f -> labels.money(f.wonAmount()),
                        i18n.format("funnel.figure.wonDetail", now.won(), now.lost())),
                figure("figure-winRate", "funnel.figure.winRate", now, before, f -> labels.percent(f.winRate()), null),
                figure("figure-conversion", "funnel.figure.conversion", now, before,
                        f -> labels.percent(f.overallConversion()), null),
                figure("figure-total", "funnel.figure.total", now, before, f -> String.valueOf(f.total()), null));
        now.weakestStep().ifPresent(weak -> {
            Label title = new Label(i18n.get("funnel.figure.weakest"));
            title.getStyleClass().add(Styles.TEXT_MUTED);
            Label step = new Label(weakest(weak));
            step.setId("figure-weakest");
            step.getStyleClass().add("funnel-weakest");
            step.setWrapText(true);
            root.getChildren().add(new VBox(2, title, step));
        });
        Label reasonsTitle = new Label(i18n.get("funnel.figure.lostReasons"));
        reasonsTitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox reasons = new VBox(2, reasonsTitle);
        reasons.setId("figure-lostReasons");
        if (now.lostReasons().isEmpty()) {
            reasons.getChildren().add(new Label(i18n.get("funnel.figure.noneLost")));
        }
        for (Map.Entry<String, Long> reason : now.lostReasons().entrySet()) {
            reasons.getChildren().add(new Label(i18n.format("funnel.figure.reasonLine",
                    reason.getKey().isEmpty() ? i18n.get("funnel.figure.noReason") : labels.reason(reason.getKey()),
                    reason.getValue())));
        }
        root.getChildren().add(reasons);
        if (before.isEmpty()) {
            Label none = new Label(i18n.get("funnel.figure.noComparison"));
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            none.setWrapText(true);
            root.getChildren().add(none);
        }
    }

    String weakest(StageFigures weak) {
        String to = weak.stage().next().map(labels::stage).orElse("");
        return labels.i18n().format("funnel.figure.weakestStep", labels.stage(weak.stage()), to,
                labels.percent(weak.conversionToNext()));
    }

    private Node figure(String id, String titleKey, FunnelFigures now, Optional<FunnelFigures> before,
                        Function<FunnelFigures, String> value, String detail) {
        var i18n = labels.i18n();
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add(Styles.TEXT_MUTED);
        Label shown = new Label(value.apply(now));
        shown.setId(id);
        shown.getStyleClass().add("funnel-figure-value");
        VBox box = new VBox(1, title, shown);
        if (detail != null) {
            Label more = new Label(detail);
            more.getStyleClass().add(Styles.TEXT_SMALL);
            box.getChildren().add(more);
        }
        before.ifPresent(previous -> {
            Label change = new Label(i18n.format("funnel.figure.previous", value.apply(previous)));
            change.setId(id + "-previous");
            change.getStyleClass().addAll("funnel-figure-change", Styles.TEXT_SMALL);
            box.getChildren().add(change);
        });
        return box;
    }
}
