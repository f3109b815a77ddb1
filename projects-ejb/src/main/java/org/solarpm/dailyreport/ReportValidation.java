package org.solarpm.dailyreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.DomainException.FieldError;

/**
 * Checks a report's content against its project before anything is stored: numbers in range,
 * work items and material plan lines of this project only, and no cumulative quantity beyond the
 * design quantity unless a note explains it (422 naming the work item).
 */
public final class ReportValidation {


    private final Map<Long, WorkItem> workItems;
    private final Set<Long> materialLines;

    public ReportValidation(List<WorkItem> workItems, Set<Long> materialLines) {
        this.workItems = workItems.stream().collect(Collectors.toMap(WorkItem::getId, Function.identity()));
        this.materialLines = Set.copyOf(materialLines);
    }

    /** Field checks; 400 with every problem found. */
    public void checkFields(ReportContent c) {
        List<FieldError> errors = new ArrayList<>();
        Weather w = c.weather();
        range(errors, "weather.windLevel", w.windLevel() == null ? null : BigDecimal.valueOf(w.windLevel()), 0, 17);
        range(errors, "weather.minTempC", w.minTempC(), -60, 60);
        range(errors, "weather.maxTempC", w.maxTempC(), -60, 60);
        range(errors, "weather.workableHours", w.workableHours(), 0, 24);
        for (int i = 0; i < c.manpower().size(); i++) {
            ManpowerLine m = c.manpower().get(i);
            range(errors, "manpower[" + i + "].headcount", BigDecimal.valueOf(m.headcount()), 0, 10_000);
            range(errors, "manpower[" + i + "].hours", m.hours(), 0, 240_000);
        }
        for (int i = 0; i < c.equipment().size(); i++) {
            EquipmentLine e = c.equipment().get(i);
            range(errors, "equipment[" + i + "].count", BigDecimal.valueOf(e.count()), 0, 1_000);
            range(errors, "equipment[" + i + "].operatingHours", e.operatingHours(), 0, 24_000);
            range(errors, "equipment[" + i + "].idleHours", e.idleHours(), 0, 24_000);
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < c.quantities().size(); i++) {
            QuantityLine q = c.quantities().get(i);
            String field = "quantities[" + i + "]";
            if (!workItems.containsKey(q.workItemId())) {
                errors.add(new FieldError(field + ".workItemId", "error.dailyReport.unknownWorkItem", q.workItemId()));
            } else if (!seen.add(q.workItemId())) {
                errors.add(new FieldError(field + ".workItemId", "error.dailyReport.duplicateWorkItem", workItems.get(q.workItemId()).getCode()));
            }
            nonNegative(errors, field + ".quantity", q.quantity());
        }
        for (int i = 0; i < c.materialsReceived().size(); i++) {
            MaterialReceipt r = c.materialsReceived().get(i);
            line(errors, "materialsReceived[" + i + "].materialPlanLineId", r.materialPlanLineId());
            nonNegative(errors, "materialsReceived[" + i + "].quantity", r.quantity());
        }
        for (int i = 0; i < c.materialsConsumed().size(); i++) {
            MaterialConsumption m = c.materialsConsumed().get(i);
            line(errors, "materialsConsumed[" + i + "].materialPlanLineId", m.materialPlanLineId());
            nonNegative(errors, "materialsConsumed[" + i + "].quantity", m.quantity());
        }
        range(errors, "safety.nearMisses", BigDecimal.valueOf(c.nearMisses()), 0, 1_000);
        for (int i = 0; i < c.incidents().size(); i++) {
            if (c.incidents().get(i).description().isEmpty()) {
                errors.add(new FieldError("safety.incidents[" + i + "].description", "error.field.required"));
            }
        }
        for (int i = 0; i < c.qualityIssues().size(); i++) {
            if (c.qualityIssues().get(i).description().isEmpty()) {
                errors.add(new FieldError("qualityIssues[" + i + "].description", "error.field.required"));
            }
        }
        for (int i = 0; i < c.delays().size(); i++) {
            range(errors, "delays[" + i + "].hoursLost", c.delays().get(i).hoursLost(), 0, 24);
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "error.validation", errors, List.of());
        }
    }

    /**
     * No work item may pass its design quantity without a note on the line that pushes it over.
     *
     * @param cumulative the counted cumulative quantity per work item now
     * @param counted this report's own quantities inside {@code cumulative} (empty when it does not count yet)
     */
    public void checkDesignQuantities(ReportContent c, Map<Long, BigDecimal> cumulative, Map<Long, BigDecimal> counted) {
        for (int i = 0; i < c.quantities().size(); i++) {
            QuantityLine q = c.quantities().get(i);
            WorkItem item = workItems.get(q.workItemId());
            if (item == null || q.note() != null) {
                continue;
            }
            BigDecimal total = cumulative.getOrDefault(item.getId(), BigDecimal.ZERO)
                    .subtract(counted.getOrDefault(item.getId(), BigDecimal.ZERO)).add(q.quantity());
            if (total.compareTo(item.getDesignQuantity()) > 0) {
                throw new DomainException(DomainException.Kind.UNPROCESSABLE, "error.dailyReport.beyondDesign",
                        List.of(new FieldError("quantities[" + i + "].note", "error.field.required")), List.of(item.getCode()),
                        item.getCode(), item.getNameZh(), total.stripTrailingZeros().toPlainString(), item.getUnit(),
                        item.getDesignQuantity().stripTrailingZeros().toPlainString());
            }
        }
    }

    private void line(List<FieldError> errors, String field, long lineId) {
        if (!materialLines.contains(lineId)) {
            errors.add(new FieldError(field, "error.dailyReport.unknownMaterialLine", lineId));
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            errors.add(new FieldError(field, "error.dailyReport.negative"));
        }
    }

    private static void range(List<FieldError> errors, String field, BigDecimal value, long min, long max) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 && min == 0) {
            errors.add(new FieldError(field, "error.dailyReport.negative"));
        } else if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(new FieldError(field, "error.field.range", min, max));
        }
    }
}
