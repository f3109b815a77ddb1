package org.solarpm.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.solarpm.dailyreport.ProjectProgress;
import org.solarpm.shared.Messages;

/** Planned against actual percent complete over the project's days, drawn with Java2D for the monthly report. */
public final class SCurveChart {

    private static final Color PLANNED = new Color(0x1D, 0x5F, 0xA8);
    private static final Color ACTUAL = new Color(0xF0, 0xA5, 0x00);
    private static final Color GRID = new Color(0xDD, 0xE2, 0xE8);

    private SCurveChart() {
    }

    public static BufferedImage draw(List<ProjectProgress.Point> series, Locale locale, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Font font = WeeklyChart.font().deriveFont(Font.PLAIN, height / 18f);
            g.setFont(font);
            int left = 48;
            int right = width - 16;
            int top = 28;
            int bottom = height - 30;
            for (int pct = 0; pct <= 100; pct += 25) {
                int y = bottom - (bottom - top) * pct / 100;
                g.setColor(GRID);
                g.drawLine(left, y, right, y);
                g.setColor(Color.DARK_GRAY);
                g.drawString(pct + "%", 6, y + 4);
            }
            if (series.size() > 1) {
                double step = (right - left) / (double) (series.size() - 1);
                Path2D planned = new Path2D.Double();
                Path2D actual = new Path2D.Double();
                boolean actualStarted = false;
                for (int i = 0; i < series.size(); i++) {
                    ProjectProgress.Point p = series.get(i);
                    double x = left + i * step;
                    double yp = bottom - (bottom - top) * Math.min(100, p.plannedPercent()) / 100.0;
                    if (i == 0) {
                        planned.moveTo(x, yp);
                    } else {
                        planned.lineTo(x, yp);
                    }
                    if (p.actualPercent() != null) {
                        double ya = bottom - (bottom - top) * Math.min(100, p.actualPercent()) / 100.0;
                        if (!actualStarted) {
                            actual.moveTo(x, ya);
                            actualStarted = true;
                        } else {
                            actual.lineTo(x, ya);
                        }
                    }
                }
                g.setStroke(new BasicStroke(2.5f));
                g.setColor(PLANNED);
                g.draw(planned);
                g.setColor(ACTUAL);
                g.draw(actual);
                g.setColor(Color.DARK_GRAY);
                g.drawString(series.get(0).date().toString(), left, height - 8);
                String last = series.get(series.size() - 1).date().toString();
                g.drawString(last, right - g.getFontMetrics().stringWidth(last), height - 8);
            }
            g.setColor(PLANNED);
            g.fillRect(left, 8, 14, 8);
            g.setColor(Color.DARK_GRAY);
            String plannedLabel = Messages.get(locale, "export.scurve.planned");
            g.drawString(plannedLabel, left + 18, 17);
            int x2 = left + 30 + g.getFontMetrics().stringWidth(plannedLabel);
            g.setColor(ACTUAL);
            g.fillRect(x2, 8, 14, 8);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Messages.get(locale, "export.scurve.actual"), x2 + 18, 17);
        } finally {
            g.dispose();
        }
        return image;
    }
}
