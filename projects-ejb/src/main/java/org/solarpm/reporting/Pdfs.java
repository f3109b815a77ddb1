package org.solarpm.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.solarpm.identity.Actor;
import org.solarpm.reports.ReportName;
import org.solarpm.reports.ReportRenderer;
import org.solarpm.shared.CompanyClock;

/**
 * The one {@link ReportRenderer} of the application, and the rule that every PDF carries a faint
 * watermark naming who downloaded it and when (company time), so a leaked copy can be traced.
 */
@ApplicationScoped
public class Pdfs {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportRenderer renderer = new ReportRenderer();

    @Inject
    CompanyClock clock;

    /** Renders a report for a person: labels in their language, their name and the time across every page. */
    public byte[] render(Actor reader, ReportName report, Map<String, ?> parameters, Collection<?> rows) {
        return renderer.pdf(report, parameters, rows, reader.locale(), watermark(reader.displayName()));
    }

    /** Renders a report sent out by the system (e.g. the 08:00 digest e-mail) for a named recipient. */
    public byte[] render(String recipientName, Locale locale, ReportName report, Map<String, ?> parameters, Collection<?> rows) {
        return renderer.pdf(report, parameters, rows, locale, watermark(recipientName));
    }

    String watermark(String name) {
        return (name == null || name.isBlank() ? "SolarPM" : name) + " " + STAMP.format(clock.zonedNow());
    }
}
