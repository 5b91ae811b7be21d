/**
 * The funnel chart: a tapered funnel drawn to scale from {@link org.callsheet.logic.funnel.FunnelFigures}
 * with JFreeChart and plain Java2D, so the same chart is shown in the window (a ChartViewer), drawn
 * into the sales brief's PNG and PDF, and printed. No JavaFX here.
 */
package org.callsheet.logic.funnel.chart;
