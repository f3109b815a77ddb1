package org.solarpm.web.dashboard;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import org.solarpm.dashboard.Portfolio;
import org.solarpm.dashboard.PortfolioProject;
import org.solarpm.web.project.Money;

/**
 * Writes {@link PortfolioView} with a streaming generator, in the shape JSON-B gives it (properties
 * in alphabetical order, absent values left out): a company's dashboard is hundreds of projects
 * and is read all day, and binding it by reflection cost as much as computing it.
 */
final class PortfolioJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private PortfolioJson() {
    }

    static byte[] write(PortfolioView v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + v.projects().size() * 600);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStartArray("byBranch");
            for (PortfolioView.BranchGroup b : v.byBranch()) {
                g.writeStartObject().write("behindSchedule", b.behindSchedule());
                ref(g, "branch", b.branch());
                g.write("cumulativeKwp", b.cumulativeKwp()).write("designKwp", b.designKwp()).write("installedTodayKwp", b.installedTodayKwp())
                        .write("late", b.late()).write("missing", b.missing()).write("onTime", b.onTime()).write("pending", b.pending())
                        .write("projects", b.projects()).writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("byManager");
            for (PortfolioView.ManagerGroup m : v.byManager()) {
                g.writeStartObject().write("behindSchedule", m.behindSchedule()).write("cumulativeKwp", m.cumulativeKwp())
                        .write("designKwp", m.designKwp()).write("installedTodayKwp", m.installedTodayKwp()).write("late", m.late());
                ref(g, "manager", m.manager());
                g.write("missing", m.missing()).write("onTime", m.onTime()).write("pending", m.pending()).write("projects", m.projects())
                        .writeEnd();
            }
            g.writeEnd();
            g.write("date", v.date().toString());
            g.writeStartArray("projects");
            for (PortfolioView.Line p : v.projects()) {
                line(g, p);
            }
            g.writeEnd();
            PortfolioView.Totals t = v.totals();
            g.writeStartObject("totals").write("behindSchedule", t.behindSchedule()).write("cumulativeKwp", t.cumulativeKwp())
                    .write("designKwp", t.designKwp()).write("incidents7d", t.incidents7d()).write("installedTodayKwp", t.installedTodayKwp())
                    .write("manpower", t.manpower()).write("openDelays", t.openDelays()).write("projects", t.projects())
                    .write("reportsLate", t.reportsLate()).write("reportsMissing", t.reportsMissing())
                    .write("reportsNotRequired", t.reportsNotRequired()).write("reportsOnTime", t.reportsOnTime())
                    .write("reportsPending", t.reportsPending()).writeEnd();
            g.writeStartArray("weeklyInstalledMwp");
            for (Portfolio.Week w : v.weeklyInstalledMwp()) {
                g.writeStartObject().write("mwp", w.mwp()).write("weekStart", w.weekStart().toString()).writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }
        return out.toByteArray();
    }

    private static void line(JsonGenerator g, PortfolioView.Line p) {
        g.writeStartObject();
        g.writeStartArray("attention");
        p.attention().forEach(g::write);
        g.writeEnd();
        ref(g, "branch", p.branch());
        money(g, "budget", p.budget());
        g.write("code", p.code());
        money(g, "committedCost", p.committedCost());
        g.write("cumulativeKwp", p.cumulativeKwp()).write("designKwp", p.designKwp()).write("incidents7d", p.incidents7d())
                .write("installedTodayKwp", p.installedTodayKwp());
        ref(g, "manager", p.manager());
        g.write("manpower", p.manpower());
        text(g, "name", p.name());
        PortfolioProject.NextMilestone next = p.nextMilestone();
        if (next != null) {
            g.writeStartObject("nextMilestone");
            if (next.date() != null) {
                g.write("date", next.date().toString());
            }
            g.write("daysTo", next.daysTo());
            text(g, "name", next.name());
            g.writeEnd();
        }
        g.write("openDelays", p.openDelays()).write("percentComplete", p.percentComplete()).write("priceFlags", p.priceFlags())
                .write("projectId", p.projectId());
        text(g, "reportStatus", p.reportStatus());
        if (p.scheduleVarianceDays() != null) {
            g.write("scheduleVarianceDays", p.scheduleVarianceDays());
        }
        text(g, "stage", p.stage());
        g.writeEnd();
    }

    private static void ref(JsonGenerator g, String name, PortfolioProject.Ref ref) {
        if (ref != null) {
            g.writeStartObject(name).write("id", ref.id());
            text(g, "name", ref.name());
            g.writeEnd();
        }
    }

    private static void money(JsonGenerator g, String name, Money m) {
        if (m != null) {
            g.writeStartObject(name);
            text(g, "amount", m.amount());
            text(g, "currency", m.currency());
            g.writeEnd();
        }
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }
}
