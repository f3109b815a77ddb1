package org.solarpm.dailyreport.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What a project's installed quantities mean in kWp and in overall progress: the kWp work item
 * (unit "kWp") and each item's weight over its design quantity.
 */
public final class WorkItemWeights {

    /** One work item as the rollups need it. */
    public record Item(long id, String unit, BigDecimal designQuantity, BigDecimal weight) {
    }

    private final Map<Long, Item> items;
    private final BigDecimal totalWeight;

    public WorkItemWeights(Map<Long, Item> items) {
        this.items = Map.copyOf(items);
        this.totalWeight = items.values().stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The weights of a project's work items. */
    public static WorkItemWeights of(java.util.Collection<org.solarpm.dailyreport.WorkItem> workItems) {
        Map<Long, Item> items = new java.util.HashMap<>();
        for (var w : workItems) {
            items.put(w.getId(), new Item(w.getId(), w.getUnit(), w.getDesignQuantity(), w.getWeight()));
        }
        return new WorkItemWeights(items);
    }

    /** kWp installed by these quantities: the quantities of work items measured in kWp. */
    public BigDecimal kwp(Map<Long, BigDecimal> quantities) {
        BigDecimal sum = BigDecimal.ZERO.setScale(3);
        for (var e : quantities.entrySet()) {
            Item item = items.get(e.getKey());
            if (item != null && "kWp".equals(item.unit())) {
                sum = sum.add(e.getValue());
            }
        }
        return sum.setScale(3, RoundingMode.HALF_UP);
    }

    /** Share of the whole project (0..1, 8 decimals) these quantities represent: weighted by design quantity. */
    public BigDecimal progressFraction(Map<Long, BigDecimal> quantities) {
        if (totalWeight.signum() == 0) {
            return BigDecimal.ZERO.setScale(8);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : quantities.entrySet()) {
            Item item = items.get(e.getKey());
            if (item != null && item.designQuantity().signum() > 0) {
                sum = sum.add(item.weight().multiply(e.getValue()).divide(item.designQuantity(), MathContext.DECIMAL64));
            }
        }
        return sum.divide(totalWeight, MathContext.DECIMAL64).setScale(8, RoundingMode.HALF_UP);
    }
}
