package org.callsheet.ui.sheets;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.PageItem;
import org.callsheet.ui.common.ShippedFonts;
import org.jfree.fx.FXGraphics2D;

/**
 * Draws a laid-out page as JavaFX nodes, in points, for the preview and the printer: the same
 * positions, lines and bands as the PDF, in the same font. Bold is drawn as the PDF draws it,
 * with a thin outline, because the font has no bold face.
 */
public final class FxPageRenderer {
    private static final double BOLD_STROKE = 0.035;
    private static final double PICTURE_DETAIL = 2;

    private final Map<Float, Font> fonts = new HashMap<>();

    /** The page as a white sheet of paper with everything on it, sized in points. */
    public Node render(LaidOutPage page) {
        Group group = new Group();
        Rectangle paper = new Rectangle(page.paper().width(), page.paper().height(), Color.WHITE);
        group.getChildren().add(paper);
        for (PageItem item : page.items()) {
            group.getChildren().add(switch (item) {
                case PageItem.Box b -> {
                    Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
                    r.setFill(Color.gray(b.gray()));
                    yield r;
                }
                case PageItem.Rule r -> {
                    Line line = new Line(r.x1(), r.y1(), r.x2(), r.y2());
                    line.setStrokeWidth(r.width());
                    line.setStroke(Color.gray(r.gray()));
                    yield line;
                }
                case PageItem.Text t -> text(t);
                case PageItem.Picture p -> picture(p);
            });
        }
        return group;
    }

    /** A drawing on a canvas of its size in points, so it scales with the page like everything else. */
    private static Canvas picture(PageItem.Picture p) {
        // drawn at twice the size and scaled down, so it stays sharp when the preview zooms in
        Canvas canvas = new Canvas(p.width() * PICTURE_DETAIL, p.height() * PICTURE_DETAIL);
        FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        g2.scale(PICTURE_DETAIL, PICTURE_DETAIL);
        p.content().draw(g2, p.width(), p.height());
        canvas.getTransforms().add(new Scale(1 / PICTURE_DETAIL, 1 / PICTURE_DETAIL));
        canvas.setLayoutX(p.x());
        canvas.setLayoutY(p.y());
        return canvas;
    }

    private Text text(PageItem.Text t) {
        Text text = new Text(t.x(), t.baseline(), t.text());
        text.setTextOrigin(VPos.BASELINE);
        text.setFont(fonts.computeIfAbsent(t.size(), size -> Font.font(ShippedFonts.FAMILY, size)));
        Color color = Color.gray(t.gray());
        text.setFill(color);
        if (t.bold()) {
            text.setStroke(color);
            text.setStrokeWidth(t.size() * BOLD_STROKE);
        }
        return text;
    }
}
