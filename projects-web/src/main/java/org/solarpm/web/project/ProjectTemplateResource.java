package org.solarpm.web.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.solarpm.project.ProjectTemplates;
import org.solarpm.template.ProjectTemplate;
import org.solarpm.web.security.CurrentUser;

/** The project templates a project can be created from. */
@Path("/project-templates")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectTemplateResource {

    public record TemplateSummary(String code, int version, String name, String description, String projectType,
                                  int defaultModuleWp, Quantity minCapacity, Quantity typicalCapacity, Quantity maxCapacity) {
    }

    public record TemplateDetail(TemplateSummary template, List<StageView> stages, List<ColumnView> columns, int taskCount,
                                 List<MilestoneView> milestones, List<NamedCode> billOfMaterials, List<NamedCode> workItems) {
    }

    public record StageView(String code, String name, List<GateView> gateItems) {
    }

    public record GateView(String code, String name, boolean documentRequired) {
    }

    public record ColumnView(String code, String name, Integer wipLimit) {
    }

    public record MilestoneView(String code, String name, String stage, int offsetDays, boolean key) {
    }

    public record NamedCode(String code, String name, String unit) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectTemplates templates;

    @GET
    public List<TemplateSummary> list() {
        Locale locale = currentUser.actor().locale();
        return templates.all().stream().map(t -> summary(t, locale)).toList();
    }

    @GET
    @Path("/{code}")
    public TemplateDetail get(@PathParam("code") String code) {
        Locale locale = currentUser.actor().locale();
        ProjectTemplate t = templates.get(code);
        return new TemplateDetail(summary(t, locale),
                t.stages().stream().map(s -> new StageView(s.code().name(), s.name().text(locale),
                        s.gateItems().stream().map(g -> new GateView(g.code(), g.name().text(locale), g.documentRequired())).toList())).toList(),
                t.columns().stream().map(c -> new ColumnView(c.code(), c.name().text(locale), c.wipLimit())).toList(),
                t.tasks().size(),
                t.milestones().stream().map(m -> new MilestoneView(m.code(), m.name().text(locale), m.stage().name(), m.offsetDays(), m.key())).toList(),
                t.billOfMaterials().stream().map(b -> new NamedCode(b.materialCode(), b.name().text(locale), b.unit())).toList(),
                t.workItems().stream().map(w -> new NamedCode(w.code(), w.name().text(locale), w.unit())).toList());
    }

    private static TemplateSummary summary(ProjectTemplate t, Locale locale) {
        return new TemplateSummary(t.code(), t.version(), t.name().text(locale), t.description() == null ? null : t.description().text(locale),
                t.projectType().name(), t.defaultModuleWp(), Quantity.of(t.capacityKwp().min(), "kWp"),
                Quantity.of(t.capacityKwp().typical(), "kWp"), Quantity.of(t.capacityKwp().max(), "kWp"));
    }
}
