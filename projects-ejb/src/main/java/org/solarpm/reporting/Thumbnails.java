package org.solarpm.reporting;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Small JPEG copies of site photos for PDFs, so a report with ten phone photos stays a few hundred KB. */
public final class Thumbnails {

    private Thumbnails() {
    }

    /** A JPEG at most {@code maxSide} pixels wide or high; empty when the JDK cannot read the image (e.g. WebP). */
    public static Optional<byte[]> of(Path image, int maxSide) {
        BufferedImage source;
        try (InputStream in = Files.newInputStream(image)) {
            source = ImageIO.read(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (source == null) {
            return Optional.empty();
        }
        double scale = Math.min(1.0, maxSide / (double) Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, w, h, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpg", out);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }
}
