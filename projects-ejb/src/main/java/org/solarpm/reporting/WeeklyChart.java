package org.solarpm.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.solarpm.shared.Messages;

/**
 * The digest's portfolio chart drawn with Java2D (headless): installed MWp per week as bars with
 * their values, weeks on the axis. Uses the reports' own CJK font so it renders on servers
 * without any installed fonts.
 */
public final class WeeklyChart {

    /** One bar. */
    public record Bar(LocalDate weekStart, double mwp) {
    }

    private static final Font BASE = loadFont();
    private static final Color NAVY = new Color(0x0F, 0x3D, 0x67);
    private static final Color BAR = new Color(0xF0, 0xA5, 0x00);

    private WeeklyChart() {
    }

    /** The reports' CJK font (or a logical sans-serif font when it cannot be read), size 1. */
    static Font font() {
        return BASE;
    }

    public static BufferedImage draw(List<Bar> bars, Locale locale, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(BASE.deriveFont(Font.PLAIN, height / 12f));
            g.setColor(NAVY);
            g.drawString(Messages.get(locale, "export.digest.chartTitle"), 10, height / 10);
            int left = 40;
            int right = width - 20;
            int top = height / 6;
            int bottom = height - height / 7;
            g.setStroke(new BasicStroke(1f));
            g.drawLine(left, bottom, right, bottom);
            double max = bars.stream().mapToDouble(Bar::mwp).max().orElse(0);
            double scale = max <= 0 ? 0 : (bottom - top - height / 12.0) / max;
            int n = Math.max(1, bars.size());
            double slot = (right - left) / (double) n;
            DateTimeFormatter format = DateTimeFormatter.ofPattern("MM-dd");
            g.setFont(BASE.deriveFont(Font.PLAIN, height / 16f));
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                int x = (int) (left + i * slot + slot * 0.2);
                int w = (int) Math.max(1, slot * 0.6);
                int h = (int) Math.round(bar.mwp() * scale);
                g.setColor(BAR);
                g.fillRect(x, bottom - h, w, h);
                g.setColor(NAVY);
                String value = String.format(Locale.ROOT, "%.1f", bar.mwp());
                g.drawString(value, x + (w - g.getFontMetrics().stringWidth(value)) / 2, bottom - h - 3);
                String label = format.format(bar.weekStart());
                g.drawString(label, x + (w - g.getFontMetrics().stringWidth(label)) / 2, bottom + g.getFontMetrics().getAscent() + 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font loadFont() {
        try (InputStream in = WeeklyChart.class.getResourceAsStream("/org/solarpm/reports/fonts/SolarPMSans-Regular.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
