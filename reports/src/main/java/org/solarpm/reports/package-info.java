/**
 * PDF reports of SolarPM, printed with JasperReports 7: {@link org.solarpm.reports.ReportRenderer}
 * fills a template compiled at build time ({@link org.solarpm.reports.ReportName}) with parameters
 * and rows (records read by {@link org.solarpm.reports.RecordDataSource}), labels from the bundle
 * {@code org/solarpm/reports/labels}, the embedded "SolarPM Sans" CJK font, and a watermark.
 * Templates hold layout only; the {@code reporting} feature computes what they show.
 */
package org.solarpm.reports;
