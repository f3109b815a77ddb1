package org.solarpm.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small generated pictures standing in for charts (PNG) and site photos (JPEG). */
final class TestImages {

    private TestImages() {
    }

    /** A rising curve, like an S-curve or a portfolio chart. */
    static BufferedImage chart(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x0F3D67));
        g.setStroke(new BasicStroke(3f));
        int previousY = height - 10;
        for (int x = 10; x < width - 10; x += 10) {
            double t = (double) x / width;
            int y = (int) (height - 10 - (height - 20) / (1 + Math.exp(-10 * (t - 0.5))));
            g.drawLine(x - 10, previousY, x, y);
            previousY = y;
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    /** A "photo": sky, ground and a row of panels, in the given hue. */
    static byte[] photoJpeg(int seed) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x87CEEB));
        g.fillRect(0, 0, 320, 120);
        g.setColor(new Color(0x8B7D6B));
        g.fillRect(0, 120, 320, 120);
        g.setColor(new Color(0x1E3A8A).brighter());
        for (int i = 0; i < 5; i++) {
            g.fillRect(10 + i * 62, 140 + (seed % 3) * 10, 55, 40);
        }
        g.dispose();
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
