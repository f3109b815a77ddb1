package org.solarpm.dailyreport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.solarpm.identity.Actor;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Planned against actual progress of one project: the plan from its work items ({@link ProgressPlan}),
 * the actual from the daily rollups (running totals per day and per work item), so the figures match
 * the portfolio dashboard. Visible to whoever may see the project (404 otherwise).
 */
@Stateless
public class ProgressService {

    @Inject
    ProjectService projects;

    @Inject
    WorkItemRepository workItems;

    @Inject
    CompanyClock clock;

    @PersistenceContext
    EntityManager em;

    public ProjectProgress progress(Actor actor, long projectId, LocalDate asOfOrNull) {
        LocalDate today = clock.today();
        LocalDate asOf = asOfOrNull == null ? today : asOfOrNull;
        if (asOf.isAfter(today)) {
            throw DomainException.invalid("asOf", "dashboard.error.futureDate", today);
        }
        Project project = projects.get(actor, projectId);
        List<WorkItem> items = workItems.of(projectId);
        Map<Long, Double> cumulative = cumulativeByItem(projectId, asOf);
        ProgressPlan plan = new ProgressPlan(items.stream().map(w -> new ProgressPlan.Item(w.getId(), w.getCode(),
                w.getDesignQuantity().doubleValue(), w.getWeight().doubleValue(), w.getPlannedStart(), w.getPlannedEnd())).toList(),
                project.getCapacityKwp().doubleValue());
        TreeMap<LocalDate, double[]> actual = dailyTotals(projectId, asOf);
        double actualFraction = actual.isEmpty() ? 0 : Math.min(1, actual.lastEntry().getValue()[1]);
        Integer variance = plan.isEmpty() || (asOf.isBefore(plan.firstDay()) && actualFraction <= 0) ? null
                : plan.scheduleVarianceDays(asOf, actualFraction);
        List<ProjectProgress.ItemProgress> itemProgress = new ArrayList<>();
        for (WorkItem w : items) {
            ProgressPlan.Item planned = plan.items().get(itemProgress.size());
            itemProgress.add(new ProjectProgress.ItemProgress(w.getId(), w.getCode(), w.getNameZh(), w.getNameEn(), w.getUnit(),
                    planned.designQuantity(), cumulative.getOrDefault(w.getId(), 0.0), round(planned.plannedQuantity(asOf)),
                    w.getPlannedStart(), w.getPlannedEnd()));
        }
        return new ProjectProgress(projectId, plan.designKwp(), asOf, variance, percent(plan.plannedFraction(asOf)),
                percent(actualFraction), series(plan, actual, asOf), itemProgress);
    }

    /** Days from the first planned or reported day to the later of the plan's end and the last report (not after asOf). */
    static List<ProjectProgress.Point> series(ProgressPlan plan, TreeMap<LocalDate, double[]> actual, LocalDate asOf) {
        if (plan.isEmpty() && actual.isEmpty()) {
            return List.of();
        }
        LocalDate first = plan.isEmpty() ? actual.firstKey() : actual.isEmpty() ? plan.firstDay() : min(plan.firstDay(), actual.firstKey());
        LocalDate last = plan.isEmpty() ? actual.lastKey() : actual.isEmpty() ? plan.lastDay() : max(plan.lastDay(), actual.lastKey());
        first = first.minusDays(1);
        List<ProjectProgress.Point> points = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            var upTo = actual.floorEntry(d);
            boolean known = !d.isAfter(asOf);
            points.add(new ProjectProgress.Point(d, percent(plan.plannedFraction(d)),
                    known ? percent(upTo == null ? 0 : Math.min(1, upTo.getValue()[1])) : null,
                    round(plan.plannedKwp(d)), known ? (upTo == null ? 0.0 : round(upTo.getValue()[0])) : null));
        }
        return points;
    }

    /** Running totals (cumulative kWp, cumulative progress fraction) of every reported day up to asOf. */
    private TreeMap<LocalDate, double[]> dailyTotals(long projectId, LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT day, cumulative_kwp, cumulative_progress_fraction FROM project_day_rollup"
                + " WHERE project_id = ? AND day <= ? ORDER BY day").setParameter(1, projectId).setParameter(2, asOf).getResultList();
        TreeMap<LocalDate, double[]> result = new TreeMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            LocalDate day = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
            result.put(day, new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()});
        }
        return result;
    }

    /** Each work item's running total on its last day with a quantity on or before asOf. */
    private Map<Long, Double> cumulativeByItem(long projectId, LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT w.id, (SELECT x.cumulative_quantity FROM work_item_day_progress x"
                + " WHERE x.work_item_id = w.id AND x.day <= ? ORDER BY x.day DESC LIMIT 1) FROM work_item w WHERE w.project_id = ?")
                .setParameter(1, asOf).setParameter(2, projectId).getResultList();
        Map<Long, Double> result = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            result.put(((Number) r[0]).longValue(), r[1] == null ? 0.0 : ((Number) r[1]).doubleValue());
        }
        return result;
    }

    private static double percent(double fraction) {
        return Math.round(fraction * 100_000) / 1000.0;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
