package org.solarpm.reports;

/** A report could not be loaded, filled or exported; the cause is JasperReports' exception. */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
