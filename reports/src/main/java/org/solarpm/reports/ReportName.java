package org.solarpm.reports;

/**
 * The reports this module can print. Each one is a template
 * {@code src/main/jasperreports/<template>.jrxml}, compiled at build time to
 * {@code org/solarpm/reports/<template>.jasper} on the classpath.
 */
public enum ReportName {
    /** Executive one-pager over all projects (A4 landscape); rows: {@code DigestRow}-shaped records. */
    DAILY_DIGEST("daily-digest"),
    /** One project's daily report (A4 portrait); rows: work items. */
    DAILY_REPORT("daily-report"),
    /** A purchase order with its price check (A4 portrait); rows: order lines. */
    PURCHASE_ORDER("purchase-order"),
    /** One project's monthly report (A4 portrait); rows: milestones. */
    MONTHLY_REPORT("monthly-report");

    private final String template;

    ReportName(String template) {
        this.template = template;
    }

    /** Base name of the template, e.g. {@code daily-digest}. */
    public String template() {
        return template;
    }

    /** Classpath location of the compiled template. */
    String compiledResource() {
        return "/org/solarpm/reports/" + template + ".jasper";
    }
}
