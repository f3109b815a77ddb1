package org.solarpm.web.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.solarpm.dashboard.Attention;
import org.solarpm.dashboard.Portfolio;
import org.solarpm.dashboard.PortfolioProject;
import org.solarpm.web.project.Money;

/** {@code GET /dashboard/portfolio} as the screens read it (see the daily-report contract). */
public record PortfolioView(LocalDate date, Totals totals, List<Line> projects, List<BranchGroup> byBranch,
                            List<ManagerGroup> byManager, List<Portfolio.Week> weeklyInstalledMwp) {

    public record Totals(int projects, int reportsOnTime, int reportsLate, int reportsMissing, int reportsPending,
                         int reportsNotRequired, double installedTodayKwp, double cumulativeKwp, double designKwp,
                         int manpower, int openDelays, int incidents7d, int behindSchedule) {

        static Totals of(Portfolio.Totals t) {
            return new Totals(t.projects(), t.reportsOnTime(), t.reportsLate(), t.reportsMissing(), t.reportsPending(),
                    t.reportsNotRequired(), t.installedTodayKwp(), t.cumulativeKwp(), t.designKwp(), t.manpower(), t.openDelays(),
                    t.incidents7d(), t.behindSchedule());
        }
    }

    public record Line(long projectId, String code, String name, PortfolioProject.Ref branch, PortfolioProject.Ref manager,
                       String stage, String reportStatus, double installedTodayKwp, double cumulativeKwp, double designKwp,
                       double percentComplete, Integer scheduleVarianceDays, int manpower, int openDelays, int incidents7d,
                       PortfolioProject.NextMilestone nextMilestone, Money committedCost, Money budget, int priceFlags,
                       List<String> attention) {

        static Line of(PortfolioProject p) {
            return new Line(p.projectId(), p.code(), p.name(), p.branch(), p.manager(), p.stage(), p.reportStatus().name(),
                    p.installedTodayKwp(), p.cumulativeKwp(), p.designKwp(), p.percentComplete(), p.scheduleVarianceDays(),
                    p.manpower(), p.openDelays(), p.incidents7d(), p.nextMilestone(), Money.cny(p.committedCost()),
                    Money.cny(p.budget()), p.priceFlags(), p.attention().stream().map(Attention::name).toList());
        }
    }

    public record BranchGroup(PortfolioProject.Ref branch, int projects, int onTime, int late, int missing, int pending,
                              double installedTodayKwp, double cumulativeKwp, double designKwp, int behindSchedule) {
    }

    public record ManagerGroup(PortfolioProject.Ref manager, int projects, int onTime, int late, int missing, int pending,
                               double installedTodayKwp, double cumulativeKwp, double designKwp, int behindSchedule) {
    }

    static PortfolioView of(Portfolio p) {
        return new PortfolioView(p.date(), Totals.of(p.totals()), p.projects().stream().map(Line::of).toList(),
                p.byBranch().stream().map(g -> new BranchGroup(g.ref(), g.totals().projects(), g.totals().reportsOnTime(),
                        g.totals().reportsLate(), g.totals().reportsMissing(), g.totals().reportsPending(), g.totals().installedTodayKwp(),
                        g.totals().cumulativeKwp(), g.totals().designKwp(), g.totals().behindSchedule())).toList(),
                p.byManager().stream().map(g -> new ManagerGroup(g.ref(), g.totals().projects(), g.totals().reportsOnTime(),
                        g.totals().reportsLate(), g.totals().reportsMissing(), g.totals().reportsPending(), g.totals().installedTodayKwp(),
                        g.totals().cumulativeKwp(), g.totals().designKwp(), g.totals().behindSchedule())).toList(),
                p.weeklyInstalledMwp());
    }
}
