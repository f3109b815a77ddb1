package org.solarpm.dailyreport.rollup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.solarpm.dailyreport.DailyReport;
import org.solarpm.dailyreport.Delay;
import org.solarpm.dailyreport.Incident;
import org.solarpm.dailyreport.ManpowerLine;
import org.solarpm.dailyreport.MaterialConsumption;
import org.solarpm.dailyreport.QuantityLine;
import org.solarpm.dailyreport.ReportContent;

/**
 * What one report contributes to the rollups of its day; zero for a report that does not count
 * (a draft). Consolidation applies the difference between a report's figures before and after a change.
 */
public record DayFigures(BigDecimal installedKwp, BigDecimal progressFraction, int manpower, BigDecimal manpowerHours,
                         BigDecimal delayHours, int openDelays, int incidents, int seriousIncidents, int nearMisses,
                         int openQualityIssues, Map<Long, BigDecimal> quantities, Map<Long, BigDecimal> consumed) {

    public static final DayFigures ZERO = new DayFigures(BigDecimal.ZERO.setScale(3), BigDecimal.ZERO.setScale(8), 0,
            BigDecimal.ZERO.setScale(1), BigDecimal.ZERO.setScale(1), 0, 0, 0, 0, 0, Map.of(), Map.of());

    public DayFigures {
        quantities = Map.copyOf(quantities);
        consumed = Map.copyOf(consumed);
    }

    public static DayFigures of(DailyReport report, WorkItemWeights weights) {
        return report.counted() ? of(report.content(), weights) : ZERO;
    }

    public static DayFigures of(ReportContent c, WorkItemWeights weights) {
        Map<Long, BigDecimal> quantities = new TreeMap<>();
        for (QuantityLine q : c.quantities()) {
            if (q.quantity().signum() != 0) {
                quantities.merge(q.workItemId(), q.quantity(), BigDecimal::add);
            }
        }
        Map<Long, BigDecimal> consumed = new TreeMap<>();
        for (MaterialConsumption m : c.materialsConsumed()) {
            if (m.quantity().signum() != 0) {
                consumed.merge(m.materialPlanLineId(), m.quantity(), BigDecimal::add);
            }
        }
        int headcount = c.manpower().stream().mapToInt(ManpowerLine::headcount).sum();
        BigDecimal hours = c.manpower().stream().map(ManpowerLine::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        BigDecimal delayHours = c.delays().stream().map(Delay::hoursLost).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        int serious = (int) c.incidents().stream().filter(Incident::serious).count();
        int openQuality = (int) c.qualityIssues().stream().filter(q -> !q.resolved()).count();
        return new DayFigures(weights.kwp(quantities), weights.progressFraction(quantities), headcount, hours, delayHours,
                c.delays().size(), c.incidents().size(), serious, c.nearMisses(), openQuality, quantities, consumed);
    }

    /** The quantity of one work item in these figures (zero when absent). */
    public BigDecimal quantity(long workItemId) {
        return quantities.getOrDefault(workItemId, BigDecimal.ZERO);
    }
}
