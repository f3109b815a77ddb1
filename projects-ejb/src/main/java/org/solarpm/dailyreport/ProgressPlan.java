package org.solarpm.dailyreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The planned progress of one project, derived from its work items (which the template and the
 * project's planned start laid out): overall percent complete is the weighted S-curve of
 * {@link PlannedCurve}; each work item's planned quantity rises linearly over its window; the kWp
 * curve follows the module-capacity item. Actual progress uses the same weights, each item capped at
 * its design quantity, so plan and actual are comparable and schedule variance is meaningful.
 */
public final class ProgressPlan {

    /** The work item whose cumulative quantity is the installed capacity. */
    public static final String KWP_ITEM = "MODULE_KWP";

    /** One work item as the plan needs it. */
    public record Item(long id, String code, double designQuantity, double weight, LocalDate start, LocalDate end) {
        public Item {
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
        }

        public double plannedQuantity(LocalDate day) {
            return designQuantity * PlannedCurve.share(start, end, day);
        }

        /** Done share of this item (0..1), never above its design quantity. */
        public double doneShare(double cumulative) {
            return designQuantity <= 0 ? 0 : Math.max(0, Math.min(1, cumulative / designQuantity));
        }
    }

    private final List<Item> items;
    private final PlannedCurve curve;
    private final double designKwp;
    private final Item kwpItem;
    private final double totalWeight;

    public ProgressPlan(List<Item> items, double designKwp) {
        this.items = List.copyOf(items);
        this.designKwp = designKwp;
        this.curve = new PlannedCurve(items.stream()
                .map(i -> new PlannedCurve.Segment(BigDecimal.valueOf(i.weight()), i.start(), i.end())).toList());
        this.kwpItem = items.stream().filter(i -> KWP_ITEM.equals(i.code())).findFirst().orElse(null);
        this.totalWeight = items.stream().mapToDouble(Item::weight).sum();
    }

    public List<Item> items() {
        return items;
    }

    public double designKwp() {
        return designKwp;
    }

    public boolean isEmpty() {
        return items.isEmpty() || totalWeight <= 0;
    }

    /** Planned fraction complete (0..1) at the end of {@code day}. */
    public double plannedFraction(LocalDate day) {
        return curve.plannedFraction(day);
    }

    /** Planned installed capacity at the end of {@code day}: the design kWp spread over the module window. */
    public double plannedKwp(LocalDate day) {
        if (kwpItem != null) {
            return designKwp * PlannedCurve.share(kwpItem.start(), kwpItem.end(), day);
        }
        return designKwp * plannedFraction(day);
    }

    /** Actual fraction complete (0..1) from cumulative quantities by work item id (missing ids count as 0). */
    public double actualFraction(Map<Long, Double> cumulativeByItem) {
        if (isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Item i : items) {
            sum += i.weight() * i.doneShare(cumulativeByItem.getOrDefault(i.id(), 0.0));
        }
        return sum / totalWeight;
    }

    /** Actual installed kWp from the same map: the module-capacity item, or 0 when the template has none. */
    public double actualKwp(Map<Long, Double> cumulativeByItem) {
        return kwpItem == null ? 0 : cumulativeByItem.getOrDefault(kwpItem.id(), 0.0);
    }

    /** Days actual progress leads (positive) or lags (negative) the plan on {@code day}; see {@link PlannedCurve}. */
    public int scheduleVarianceDays(LocalDate day, double actualFraction) {
        return isEmpty() ? 0 : curve.scheduleVarianceDays(day, actualFraction);
    }

    public LocalDate firstDay() {
        return items.stream().map(Item::start).min(LocalDate::compareTo).orElse(null);
    }

    public LocalDate lastDay() {
        return items.stream().map(Item::end).max(LocalDate::compareTo).orElse(null);
    }
}
