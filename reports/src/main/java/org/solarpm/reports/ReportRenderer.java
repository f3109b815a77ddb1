package org.solarpm.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders the SolarPM reports to PDF. Plain Java and thread-safe: create one and share it
 * (e.g. from an application-scoped producer). Each compiled template is loaded once, on first
 * use, and then filled concurrently; templates are never compiled at run time.
 *
 * <p>Rows are Java records (or beans) read by {@link RecordDataSource}; their component names
 * are the template's field names. Labels come from the resource bundle
 * {@code org/solarpm/reports/labels} in the requested locale: Chinese is the default, English is
 * used for any {@code en} locale. The first PDF in a JVM takes one to a few seconds (class
 * loading, and JasperReports reading the 7 MB CJK font); later ones take tens of milliseconds
 * per page.
 */
public final class ReportRenderer {

    /** Parameter holding the watermark text printed across every page (e.g. user and time). */
    public static final String WATERMARK = "WATERMARK";

    static final String LABELS = "org.solarpm.reports.labels";

    private static final Set<String> SET_BY_RENDERER =
            Set.of(JRParameter.REPORT_LOCALE, JRParameter.REPORT_RESOURCE_BUNDLE, WATERMARK);

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final Map<ReportName, JasperReport> reports = new ConcurrentHashMap<>();

    /**
     * Renders one report to a PDF in memory.
     *
     * @param name       which report
     * @param parameters the report's own parameters by name (see the template); may be empty.
     *                   A name the template does not declare is rejected, so typos fail fast.
     * @param rows       the detail rows (records whose components match the template's fields);
     *                   {@code null} or empty prints the report without detail rows
     * @param locale     language of the labels and number formats; {@code null} means zh_CN
     * @param watermark  text repeated faintly across every page, e.g. {@code "张伟 2026-11-22 08:00"}
     * @return the PDF document
     */
    public byte[] pdf(ReportName name, Map<String, ?> parameters, Collection<?> rows, Locale locale,
            String watermark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pdf(name, parameters, rows, locale, watermark, out);
        return out.toByteArray();
    }

    /** As {@link #pdf(ReportName, Map, Collection, Locale, String)}, writing to a stream it does not close. */
    public void pdf(ReportName name, Map<String, ?> parameters, Collection<?> rows, Locale locale,
            String watermark, OutputStream out) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(out, "out");
        if (watermark == null || watermark.isBlank()) {
            throw new IllegalArgumentException("every report carries a watermark: give one");
        }
        JasperReport report = report(name);
        Locale effective = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        Map<String, Object> values = checkedParameters(report, parameters);
        values.put(JRParameter.REPORT_LOCALE, effective);
        values.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels(effective));
        values.put(WATERMARK, watermark);

        // JasperReports finds its extensions (our font) through the context class loader, which
        // is not the application's on threads the container does not manage (e.g. Quartz).
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ReportRenderer.class.getClassLoader());
        try {
            JasperPrint print = JasperFillManager.getInstance(context)
                    .fill(report, values, new RecordDataSource(rows));
            export(print, name, out);
        } catch (JRException e) {
            throw new ReportException("cannot render report " + name, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Labels of the reports in a locale: English for {@code en}, otherwise Chinese. */
    static ResourceBundle labels(Locale locale) {
        // No fallback to the JVM's default locale: a server running in en_US must still print
        // Chinese for a zh_CN user, and an unknown locale gets the base (Chinese) bundle.
        return ResourceBundle.getBundle(LABELS, locale, ReportRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private JasperReport report(ReportName name) {
        return reports.computeIfAbsent(name, ReportRenderer::load);
    }

    private static JasperReport load(ReportName name) {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(name.compiledResource())) {
            if (in == null) {
                throw new IllegalStateException(name.compiledResource()
                        + " is not on the classpath: the build compiles it from src/main/jasperreports");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportException("cannot load " + name.compiledResource(), e);
        }
    }

    private static Map<String, Object> checkedParameters(JasperReport report, Map<String, ?> parameters) {
        Map<String, Object> values = new HashMap<>();
        if (parameters == null) {
            return values;
        }
        Set<String> declared = Stream.of(report.getParameters())
                .filter(p -> !p.isSystemDefined())
                .map(JRParameter::getName)
                .collect(Collectors.toSet());
        for (Map.Entry<String, ?> entry : parameters.entrySet()) {
            String key = entry.getKey();
            if (SET_BY_RENDERER.contains(key)) {
                throw new IllegalArgumentException(key + " is set by the renderer, not by the caller");
            }
            if (!declared.contains(key)) {
                throw new IllegalArgumentException("report " + report.getName()
                        + " has no parameter " + key + "; it has " + declared);
            }
            values.put(key, entry.getValue());
        }
        return values;
    }

    private void export(JasperPrint print, ReportName name, OutputStream out) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setCompressed(true);
        configuration.setMetadataTitle(name.template());
        configuration.setMetadataCreator("SolarPM");
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
