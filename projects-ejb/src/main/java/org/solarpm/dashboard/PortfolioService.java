package org.solarpm.dashboard;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.solarpm.dailyreport.DeadlinePolicy;
import org.solarpm.dailyreport.DeadlineSettings;
import org.solarpm.dailyreport.PlannedCurve;
import org.solarpm.identity.Actor;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/**
 * Builds the portfolio dashboard of a day from the rollups in two statements whatever the number of
 * projects: the projects with that day's rollup, their cumulative figures, incidents of the last seven
 * days, next milestone and planned work-item windows (for the S-curve); and the daily installed kWp
 * of the last twelve weeks. Read-only and without a transaction: no transaction statements, and
 * a dashboard needs no snapshot across its three reads.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortfolioService {

    /** Weeks in the installed-MWp series, the date's week included. */
    public static final int WEEKS = 12;

    @Inject
    PortfolioQueries queries;

    @Inject
    CompanyClock clock;

    public Portfolio portfolio(Actor actor, LocalDate date, Long branchId) {
        LocalDate today = clock.today();
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw DomainException.invalid("date", "dashboard.error.futureDate", today);
        }
        PortfolioScope scope = PortfolioScope.of(actor, branchId);
        List<PortfolioQueries.ProjectLine> lines = queries.projects(scope, day);
        LocalDate firstWeek = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        Map<LocalDate, Double> installed = queries.installedKwpByDay(scope, firstWeek, day);
        DeadlinePolicy policy = deadlines.policy();
        Instant now = clock.now();
        List<PortfolioProject> projects = new ArrayList<>(lines.size());
        for (PortfolioQueries.ProjectLine line : lines) {
            projects.add(project(line, line.plan(), day, policy, now, actor.locale()));
        }
        return Portfolio.of(day, projects, weeks(installed, firstWeek));
    }

    @Inject
    DeadlineSettings deadlines;

    static PortfolioProject project(PortfolioQueries.ProjectLine l, List<PlannedCurve.Segment> plan, LocalDate day,
                                    DeadlinePolicy policy, Instant now, Locale locale) {
        DeadlinePolicy.Timeliness timeliness = l.timeliness() == null || !l.counted() ? null
                : DeadlinePolicy.Timeliness.valueOf(l.timeliness());
        ReportStatus status = ReportStatus.of("CONSTRUCTION".equals(l.stage()), timeliness, policy, day, now);
        double actual = Math.max(0, Math.min(1, l.cumulativeFraction()));
        Integer variance = null;
        if (!plan.isEmpty()) {
            PlannedCurve curve = new PlannedCurve(plan);
            LocalDate start = plan.stream().map(PlannedCurve.Segment::start).min(LocalDate::compareTo).orElseThrow();
            if (!day.isBefore(start) || actual > 0) {
                variance = curve.scheduleVarianceDays(day, actual);
            }
        }
        PortfolioProject.NextMilestone next = l.milestoneDate() == null ? null
                : new PortfolioProject.NextMilestone(Messages.pick(locale, l.milestoneZh(), l.milestoneEn()), l.milestoneDate(),
                ChronoUnit.DAYS.between(day, l.milestoneDate()));
        return new PortfolioProject(l.id(), l.code(), l.name(),
                new PortfolioProject.Ref(l.branchId(), Messages.pick(locale, l.branchZh(), l.branchEn())),
                new PortfolioProject.Ref(l.managerId(), l.managerName()), l.stage(), status,
                l.installedTodayKwp(), l.cumulativeKwp(), l.designKwp(), Portfolio.round(actual * 100), variance,
                l.manpower(), l.openDelays(), l.incidents7d(), next,
                // TODO committed cost: sum of approved purchase order lines once purchase orders exist on main
                BigDecimal.ZERO, l.budget(),
                // TODO price flags: purchase order lines whose price check was HIGH, once purchase orders exist
                0);
    }

    private static List<Portfolio.Week> weeks(Map<LocalDate, Double> installed, LocalDate firstWeek) {
        Map<LocalDate, Double> byWeek = new TreeMap<>();
        for (int i = 0; i < WEEKS; i++) {
            byWeek.put(firstWeek.plusWeeks(i), 0.0);
        }
        installed.forEach((d, kwp) -> byWeek.merge(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), kwp, Double::sum));
        List<Portfolio.Week> result = new ArrayList<>();
        byWeek.forEach((w, kwp) -> result.add(new Portfolio.Week(w, Portfolio.round(kwp / 1000))));
        return result;
    }
}
