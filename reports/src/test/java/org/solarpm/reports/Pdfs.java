package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads rendered PDFs back with PDFBox, and keeps a copy under target/report-samples to look at. */
final class Pdfs {

    private Pdfs() {
    }

    /**
     * What PDFBox reads back: the text (from the fonts' ToUnicode maps), the page count, the
     * fonts, and the characters whose code has no glyph in the embedded font. The text can be
     * right while the glyphs are missing (a CID/GID mix-up prints blanks), hence the last one.
     */
    record Read(String text, int pages, Set<String> fonts, Set<String> missingGlyphs, int images) {
    }

    static Read read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            int images = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                }
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            GlyphCheckingStripper stripper = new GlyphCheckingStripper();
            String text = stripper.getText(document);
            return new Read(text, document.getNumberOfPages(), fonts, stripper.missing, images);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class GlyphCheckingStripper extends PDFTextStripper {
        private final Set<String> missing = new HashSet<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            if (text.getFont() instanceof PDVectorFont font) {
                for (int code : text.getCharacterCodes()) {
                    try {
                        if (!font.hasGlyph(code)) {
                            missing.add(text.getUnicode());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            super.processTextPosition(text);
        }
    }

    /**
     * Reads a PDF and checks what every report must satisfy: all text is set in the embedded
     * SolarPM Sans subset, and every character printed has a glyph in it.
     */
    static Read readPrintedInSolarPmSans(byte[] pdf) {
        Read read = read(pdf);
        assertThat(read.fonts()).isNotEmpty()
                .allSatisfy(font -> assertThat(font).matches("[A-Z]{6}\\+SolarPMSans-Regular.*"));
        assertThat(read.missingGlyphs()).as("characters printed without a glyph").isEmpty();
        return read;
    }

    static void keep(String fileName, byte[] pdf) {
        try {
            Path folder = Path.of("target", "report-samples");
            Files.createDirectories(folder);
            Files.write(folder.resolve(fileName), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
