package org.solarpm.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.procurement.budget.MaterialStatus;
import org.solarpm.procurement.budget.ProjectCostService;
import org.solarpm.procurement.budget.ProjectCosts;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectService;
import org.solarpm.reporting.XlsxSheet.Column;
import org.solarpm.reporting.XlsxSheet.Kind;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.Messages;

/** A project's material plan against ordered, received and consumed as a workbook, with the PM's warnings. */
@Stateless
public class MaterialsWorkbook {

    @Inject
    ProjectCostService costs;

    @Inject
    ProjectService projects;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    public record Prepared(Project project, ProjectCostService.Materials materials) {
    }

    public Prepared prepare(Actor reader, long projectId) {
        Project project = projects.get(reader, projectId);
        ProjectCostService.Materials materials = costs.materials(reader, projectId);
        audit.record(reader, AuditLog.EXPORT, "Project", projectId, "materials.xlsx " + project.getCode());
        return new Prepared(project, materials);
    }

    public String fileName(Prepared prepared, Locale locale) {
        return Messages.get(locale, "export.materials.fileName", prepared.project().getCode()) + ".xlsx";
    }

    public void write(Prepared prepared, Locale locale, OutputStream out) {
        try (XlsxSheet xlsx = new XlsxSheet(clock.zone())) {
            xlsx.sheet(m(locale, "sheet.plan"), List.of(col(locale, "code", Kind.TEXT, 14), col(locale, "name", Kind.TEXT, 28),
                    col(locale, "category", Kind.TEXT, 12), col(locale, "unit", Kind.TEXT, 6), col(locale, "planned", Kind.DECIMAL, 12),
                    col(locale, "ordered", Kind.DECIMAL, 12), col(locale, "received", Kind.DECIMAL, 12), col(locale, "consumed", Kind.DECIMAL, 12),
                    col(locale, "toOrder", Kind.DECIMAL, 12), col(locale, "onSite", Kind.DECIMAL, 12), col(locale, "budget", Kind.MONEY, 14),
                    col(locale, "warnings", Kind.TEXT, 36)));
            for (MaterialStatus s : prepared.materials().planned()) {
                ProjectCosts.PlanRow r = s.row();
                xlsx.row(r.materialCode(), Messages.pick(locale, r.nameZh(), r.nameEn()), r.category(), r.unit(), r.planned(), r.ordered(),
                        r.received(), r.consumed(), s.toOrder(), s.onSite(), r.budget(),
                        s.warnings().stream().map(w -> Messages.get(locale, "export.materials.warning." + w.name())).collect(Collectors.joining("; ")));
            }
            xlsx.sheet(m(locale, "sheet.unplanned"), List.of(col(locale, "code", Kind.TEXT, 14), col(locale, "name", Kind.TEXT, 28),
                    col(locale, "category", Kind.TEXT, 12), col(locale, "unit", Kind.TEXT, 6), col(locale, "ordered", Kind.DECIMAL, 12),
                    col(locale, "received", Kind.DECIMAL, 12)));
            for (ProjectCosts.UnplannedRow r : prepared.materials().unplanned()) {
                xlsx.row(r.materialCode(), Messages.pick(locale, r.nameZh(), r.nameEn()), r.category(), r.unit(), r.ordered(), r.received());
            }
            xlsx.write(out);
        }
    }

    private static Column col(Locale locale, String key, Kind kind, int width) {
        return new Column(m(locale, "col." + key), kind, width);
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, "export.materials." + key);
    }
}
