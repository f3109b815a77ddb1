/**
 * Exports people take away from SolarPM: report rows shared by the JasperReports PDFs and the POI
 * workbooks, the streaming workbook writer with real cell types, and the watermark every PDF carries.
 * Every export is written to the audit log by the service that produces it.
 */
package org.solarpm.reporting;
