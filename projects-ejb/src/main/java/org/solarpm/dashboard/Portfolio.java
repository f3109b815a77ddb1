package org.solarpm.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The portfolio dashboard for one day: projects exceptions-first, totals, rollups by branch and manager, weekly MWp. */
public record Portfolio(LocalDate date, Totals totals, List<PortfolioProject> projects, List<Group> byBranch,
                        List<Group> byManager, List<Week> weeklyInstalledMwp) {

    /** Sums over the listed projects; "late" counts late and late-after-grace reports. */
    public record Totals(int projects, int reportsOnTime, int reportsLate, int reportsMissing, int reportsPending,
                         int reportsNotRequired, double installedTodayKwp, double cumulativeKwp, double designKwp,
                         int manpower, int openDelays, int incidents7d, int behindSchedule) {
    }

    /** The same sums for the projects of one branch or one manager. */
    public record Group(PortfolioProject.Ref ref, Totals totals) {
    }

    public record Week(LocalDate weekStart, double mwp) {
    }

    public static Portfolio of(LocalDate date, List<PortfolioProject> projects, List<Week> weekly) {
        List<PortfolioProject> sorted = new ArrayList<>(projects);
        sorted.sort(ExceptionsFirst.ORDER);
        return new Portfolio(date, totals(projects), List.copyOf(sorted), groups(projects, PortfolioProject::branch),
                groups(projects, PortfolioProject::manager), List.copyOf(weekly));
    }

    static Totals totals(List<PortfolioProject> projects) {
        int onTime = 0;
        int late = 0;
        int missing = 0;
        int pending = 0;
        int notRequired = 0;
        int manpower = 0;
        int delays = 0;
        int incidents = 0;
        int behind = 0;
        double today = 0;
        double cumulative = 0;
        double design = 0;
        for (PortfolioProject p : projects) {
            switch (p.reportStatus()) {
                case ON_TIME -> onTime++;
                case LATE, LATE_AFTER_GRACE -> late++;
                case MISSING -> missing++;
                case PENDING -> pending++;
                default -> notRequired++;
            }
            manpower += p.manpower();
            delays += p.openDelays();
            incidents += p.incidents7d();
            behind += p.isBehindSchedule() ? 1 : 0;
            today += p.installedTodayKwp();
            cumulative += p.cumulativeKwp();
            design += p.designKwp();
        }
        return new Totals(projects.size(), onTime, late, missing, pending, notRequired, round(today), round(cumulative),
                round(design), manpower, delays, incidents, behind);
    }

    private static List<Group> groups(List<PortfolioProject> projects, Function<PortfolioProject, PortfolioProject.Ref> key) {
        Map<Long, PortfolioProject.Ref> refs = new LinkedHashMap<>();
        Map<Long, List<PortfolioProject>> members = new LinkedHashMap<>();
        for (PortfolioProject p : projects) {
            PortfolioProject.Ref ref = key.apply(p);
            refs.putIfAbsent(ref.id(), ref);
            members.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(p);
        }
        List<Group> result = new ArrayList<>();
        members.forEach((id, list) -> result.add(new Group(refs.get(id), totals(list))));
        result.sort((a, b) -> a.ref().name().compareTo(b.ref().name()));
        return result;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
