package org.solarpm.dailyreport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.solarpm.dailyreport.rollup.Consolidation;
import org.solarpm.dailyreport.rollup.DayFigures;
import org.solarpm.dailyreport.rollup.RollupStore;
import org.solarpm.dailyreport.rollup.WorkItemWeights;
import org.solarpm.identity.Actor;
import org.solarpm.project.MaterialPlanLine;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectAccess;
import org.solarpm.project.ProjectRepository;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Daily reports: file (create or replace the draft, idempotently), submit, review, copy the
 * previous day, list, review queue. Every change consolidates the rollups in the same transaction,
 * under a per-project lock; a refused request changes nothing.
 */
@Stateless
public class DailyReportService {

    public enum Decision { APPROVE, RETURN }

    @Inject
    ProjectService projectService;

    @Inject
    ProjectRepository projects;

    @Inject
    DailyReportRepository reports;

    @Inject
    WorkItemRepository workItems;

    @Inject
    RollupStore rollups;

    @Inject
    Consolidation consolidation;

    @Inject
    DeadlineSettings deadlines;

    @Inject
    CompanyClock clock;

    @PersistenceContext
    EntityManager em;

    /** The report of a day (404 when there is none, or when the caller may not see the project). */
    public DailyReportDetails get(Actor actor, long projectId, LocalDate date) {
        projectService.get(actor, projectId);
        DailyReport report = reports.byDay(projectId, date).orElseThrow(() -> noReport(date));
        return details(actor, report, workItems.of(projectId), false);
    }

    /**
     * Creates the day's draft or replaces its content. The same content again changes nothing (no
     * version bump, no version check: a retried PUT succeeds). A stale {@code version} is 409; an
     * approved report moves to its next revision.
     */
    public DailyReportDetails put(Actor actor, long projectId, LocalDate date, Integer version, ReportContent content) {
        Project project = fileable(actor, projectId);
        notInFuture(date);
        var existing = reports.byDay(projectId, date);
        List<WorkItem> items = workItems.of(projectId);
        if (existing.isPresent() && existing.get().content().equals(content)) {
            return details(actor, existing.get(), items, false);
        }
        existing.ifPresent(r -> r.expectVersion(version));
        WorkItemWeights weights = WorkItemWeights.of(items);
        ReportValidation validation = validation(project, items, content);
        validation.checkFields(content);
        DailyReport report = existing.orElseGet(() -> create(projectId, date, actor));
        DayFigures before = DayFigures.of(report, weights);
        validation.checkDesignQuantities(content, cumulativeNow(projectId, content), before.quantities());
        report.edit(content, clock.now());
        return consolidate(actor, report, before, existing.isEmpty(), items, weights);
    }

    /** Hands the report in; its timeliness is judged against the company's deadline policy. A repeated submit is harmless. */
    public DailyReportDetails submit(Actor actor, long projectId, LocalDate date, Integer version) {
        Project project = fileable(actor, projectId);
        DailyReport report = reports.byDay(projectId, date).orElseThrow(() -> noReport(date));
        List<WorkItem> items = workItems.of(projectId);
        if (report.getStatus() == ReportStatus.SUBMITTED) {
            return details(actor, report, items, false);
        }
        report.expectVersion(version);
        WorkItemWeights weights = WorkItemWeights.of(items);
        DayFigures before = DayFigures.of(report, weights);
        validation(project, items, report.content()).checkDesignQuantities(report.content(), cumulativeNow(projectId, report.content()),
                before.quantities());
        report.submit(clock.now(), deadlines.policy());
        return consolidate(actor, report, before, false, items, weights);
    }

    /** The PM approves the submitted report or returns it to its author with a comment. */
    public DailyReportDetails review(Actor actor, long projectId, LocalDate date, Decision decision, String comment, Integer version) {
        Project project = projectService.getLocked(actor, projectId);
        if (!ReportAccess.canReview(actor, project)) {
            throw DomainException.forbidden();
        }
        DailyReport report = reports.byDay(projectId, date).orElseThrow(() -> noReport(date));
        report.expectVersion(version);
        List<WorkItem> items = workItems.of(projectId);
        WorkItemWeights weights = WorkItemWeights.of(items);
        DayFigures before = DayFigures.of(report, weights);
        if (decision == Decision.APPROVE) {
            reports.addRevision(report.approve(actor.id(), comment, clock.now()).withSnapshot(ContentJson.write(report.content())));
        } else {
            reports.addRevision(report.returnTo(actor.id(), comment, clock.now()));
        }
        return consolidate(actor, report, before, false, items, weights);
    }

    /**
     * Pre-fills the day's draft from the latest earlier report: the same crews and machines with
     * nothing counted. 409 when the day already has a report with content.
     */
    public DailyReportDetails copyPrevious(Actor actor, long projectId, LocalDate date) {
        fileable(actor, projectId);
        notInFuture(date);
        var existing = reports.byDay(projectId, date);
        if (existing.isPresent() && !existing.get().content().isEmpty()) {
            throw DomainException.conflict("error.dailyReport.notEmpty", date);
        }
        DailyReport previous = reports.latestBefore(projectId, date)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "error.dailyReport.noPrevious"));
        List<WorkItem> items = workItems.of(projectId);
        WorkItemWeights weights = WorkItemWeights.of(items);
        DailyReport report = existing.orElseGet(() -> create(projectId, date, actor));
        DayFigures before = DayFigures.of(report, weights);
        report.edit(previous.content().carriedForward(), clock.now());
        return consolidate(actor, report, before, existing.isEmpty(), items, weights);
    }

    /** The day's report, created as an empty draft if there is none yet (photos may come before the first save). */
    public DailyReport draftFor(Actor actor, long projectId, LocalDate date) {
        fileable(actor, projectId);
        notInFuture(date);
        var existing = reports.byDay(projectId, date);
        if (existing.isPresent()) {
            return existing.get();
        }
        DailyReport report = create(projectId, date, actor);
        em.flush();
        consolidation.apply(report, DayFigures.ZERO, true, WorkItemWeights.of(workItems.of(projectId)), Map.of());
        return report;
    }

    public List<DailyReportRepository.ListItem> list(Actor actor, long projectId, LocalDate from, LocalDate to) {
        projectService.get(actor, projectId);
        return reports.list(projectId, from, to);
    }

    public DailyReportRepository.Page<DailyReportRepository.QueueItem> reviewQueue(Actor actor, int page, int size) {
        return reports.reviewQueue(ProjectAccess.scopeOf(actor), page, size);
    }

    public List<WorkItemProgress> workItems(Actor actor, long projectId) {
        projectService.get(actor, projectId);
        Map<Long, BigDecimal> cumulative = rollups.cumulativeQuantities(projectId);
        return workItems.of(projectId).stream()
                .map(w -> new WorkItemProgress(w, cumulative.getOrDefault(w.getId(), BigDecimal.ZERO.setScale(3)))).toList();
    }

    /**
     * The project, locked until commit so that changes to its reports consolidate one after the other
     * (and a day's report is created only once), if the caller may file its reports: 404 if they may
     * not see it, 403 if they only read.
     */
    Project fileable(Actor actor, long projectId) {
        Project project = projectService.getLocked(actor, projectId);
        if (!ReportAccess.canFile(actor, project)) {
            throw DomainException.forbidden();
        }
        return project;
    }

    private void notInFuture(LocalDate date) {
        LocalDate today = clock.today();
        if (date.isAfter(today)) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "error.dailyReport.futureDate", date, today);
        }
    }

    private DailyReport create(long projectId, LocalDate date, Actor actor) {
        DailyReport report = new DailyReport(projectId, date, actor.id(), clock.now());
        reports.add(report);
        em.flush();
        return report;
    }

    private DailyReportDetails consolidate(Actor actor, DailyReport report, DayFigures before, boolean isNew, List<WorkItem> items,
                                           WorkItemWeights weights) {
        em.flush();
        Map<Long, BigDecimal> cumulativeBefore = rollups.cumulativeBefore(report.getProjectId(), report.getReportDate());
        consolidation.apply(report, before, isNew, weights, cumulativeBefore);
        return details(actor, report, items, cumulativeBefore, isNew);
    }

    /** The counted cumulative quantities the design check needs: none to read when the report names no quantities. */
    private Map<Long, BigDecimal> cumulativeNow(long projectId, ReportContent content) {
        return content.quantities().isEmpty() ? Map.of() : rollups.cumulativeQuantities(projectId);
    }

    /** Checks against the project's work items and, only when the report names any, its material plan lines. */
    private ReportValidation validation(Project project, List<WorkItem> items, ReportContent content) {
        if (content.materialsReceived().isEmpty() && content.materialsConsumed().isEmpty()) {
            return new ReportValidation(items, Set.of());
        }
        var lines = projects.materialPlanOf(project.getId()).stream().map(MaterialPlanLine::getId).collect(Collectors.toSet());
        return new ReportValidation(items, lines);
    }

    private DailyReportDetails details(Actor actor, DailyReport report, List<WorkItem> items, boolean isNew) {
        return details(actor, report, items, rollups.cumulativeBefore(report.getProjectId(), report.getReportDate()), isNew);
    }

    /** The report as the API shows it; a report created in this transaction has no photos or revisions to read yet. */
    private DailyReportDetails details(Actor actor, DailyReport report, List<WorkItem> items, Map<Long, BigDecimal> cumulativeBefore,
                                       boolean isNew) {
        boolean stored = report.getId() != null && !isNew;
        List<ReportPhoto> photos = stored ? reports.photosOf(report.getId()) : List.of();
        List<ReportRevision> revisions = stored ? reports.revisionsOf(report.getId()) : List.of();
        Map<Long, String> names = new HashMap<>();
        names.put(actor.id(), actor.displayName());
        names.computeIfAbsent(report.getAuthorId(), reports::userName);
        if (report.getReviewedBy() != null) {
            names.computeIfAbsent(report.getReviewedBy(), reports::userName);
        }
        revisions.forEach(r -> names.computeIfAbsent(r.getActorId(), reports::userName));
        return new DailyReportDetails(report, report.content(), items, cumulativeBefore, photos, revisions, names);
    }

    private static DomainException noReport(LocalDate date) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "error.dailyReport.notFound", date);
    }
}
