/**
 * Exports people take away from SolarPM: report rows shared by the JasperReports PDFs and the POI
 * workbooks, the streaming workbook writer with real cell types, and the watermark every PDF carries.
 * Every export is written to the audit log by the service that produces it. Exports that can reach
 * hundreds of thousands of rows (the company-wide daily reports) read them with a streaming JDBC
 * cursor straight into SXSSF instead of loading entities.
 */
package org.solarpm.reporting;
