package org.entente.explore.relations;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;

import org.entente.explore.query.TrendRepository;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The trend of a pair's relations as a picture an analyst pastes into a report: per period, the claims of agreement and
 * cooperation (green) over those of disagreement and conflict (red) and the rest (grey: meetings, negotiations,
 * statements), with the mean Goldstein score as a line on its own axis (−10 … +10).
 */
final class TrendChart {

    static final int WIDTH = 960;
    static final int HEIGHT = 440;

    private static final Color COOPERATION = new Color(0x2e7d32);
    private static final Color CONFLICT = new Color(0xc62828);
    private static final Color OTHER = new Color(0xb0bec5);
    private static final Color GOLDSTEIN = new Color(0x263238);

    private TrendChart() {
    }

    static String svg(TrendRepository.Trend trend) {
        var claims = new DefaultCategoryDataset();
        var goldstein = new DefaultCategoryDataset();
        for (var p : trend.points()) {
            claims.addValue(p.agreement() + p.cooperation(), "agreement, cooperation", p.period());
            claims.addValue(p.disagreement() + p.conflict(), "disagreement, conflict", p.period());
            claims.addValue(p.meeting() + p.negotiation() + p.statement(), "meeting, negotiation, statement", p.period());
            goldstein.addValue(p.goldsteinMean(), "mean Goldstein score", p.period());
        }
        var domain = new CategoryAxis(trend.by() == TrendRepository.By.year ? "year" : "month");
        domain.setCategoryLabelPositions(trend.points().size() > 12 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.STANDARD);
        domain.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        var bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, COOPERATION);
        bars.setSeriesPaint(1, CONFLICT);
        bars.setSeriesPaint(2, OTHER);
        var plot = new CategoryPlot(claims, domain, new NumberAxis("claims"), bars);
        var scale = new NumberAxis("mean Goldstein score");
        scale.setRange(-10, 10);
        plot.setRangeAxis(1, scale);
        plot.setDataset(1, goldstein);
        plot.mapDatasetToRangeAxis(1, 1);
        var line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, GOLDSTEIN);
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        var title = trend.a().name() + " and " + trend.b().name() + ": " + String.format("%,d", trend.claims()) + " claims";
        var chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        var g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }
}
