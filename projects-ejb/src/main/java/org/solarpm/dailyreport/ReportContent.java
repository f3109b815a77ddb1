package org.solarpm.dailyreport;

import java.util.List;

/**
 * Everything a site lead fills in for a day: what a PUT replaces and what an approval snapshots.
 * Two contents are equal when every section is equal, which makes a repeated PUT a no-op.
 */
public record ReportContent(Weather weather, List<ManpowerLine> manpower, List<EquipmentLine> equipment,
                            List<QuantityLine> quantities, List<MaterialReceipt> materialsReceived,
                            List<MaterialConsumption> materialsConsumed, boolean toolboxTalk, int nearMisses,
                            List<Incident> incidents, List<QualityIssue> qualityIssues, List<Delay> delays,
                            String issuesForPm, String tomorrowPlan, String notes) {

    public static final ReportContent EMPTY = new ReportContent(Weather.NONE, List.of(), List.of(), List.of(), List.of(),
            List.of(), false, 0, List.of(), List.of(), List.of(), null, null, null);

    public ReportContent {
        weather = weather == null ? Weather.NONE : weather;
        manpower = List.copyOf(manpower == null ? List.of() : manpower);
        equipment = List.copyOf(equipment == null ? List.of() : equipment);
        quantities = List.copyOf(quantities == null ? List.of() : quantities);
        materialsReceived = List.copyOf(materialsReceived == null ? List.of() : materialsReceived);
        materialsConsumed = List.copyOf(materialsConsumed == null ? List.of() : materialsConsumed);
        incidents = List.copyOf(incidents == null ? List.of() : incidents);
        qualityIssues = List.copyOf(qualityIssues == null ? List.of() : qualityIssues);
        delays = List.copyOf(delays == null ? List.of() : delays);
        issuesForPm = Scales.text(issuesForPm);
        tomorrowPlan = Scales.text(tomorrowPlan);
        notes = Scales.text(notes);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** "Copy yesterday": the same crews and machines with nothing counted, everything else empty. */
    public ReportContent carriedForward() {
        return new ReportContent(Weather.NONE, manpower.stream().map(ManpowerLine::zeroed).toList(),
                equipment.stream().map(EquipmentLine::zeroed).toList(), List.of(), List.of(), List.of(), false, 0,
                List.of(), List.of(), List.of(), null, null, null);
    }
}
