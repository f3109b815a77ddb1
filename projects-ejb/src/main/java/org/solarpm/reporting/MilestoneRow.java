package org.solarpm.reporting;

/** One milestone in a monthly report (field names are the template's). */
public record MilestoneRow(String name, String plannedDate, String actualDate, String status) {
}
