package org.solarpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.solarpm.board.Board;
import org.solarpm.board.BoardColumn;
import org.solarpm.board.BoardRepository;
import org.solarpm.board.Card;
import org.solarpm.dailyreport.WorkItem;
import org.solarpm.dailyreport.WorkItemRepository;
import org.solarpm.milestone.Milestone;
import org.solarpm.milestone.MilestoneRepository;
import org.solarpm.template.ColumnDef;
import org.solarpm.template.GateItemDef;
import org.solarpm.template.PlannedMilestone;
import org.solarpm.template.PlannedTask;
import org.solarpm.template.PlannedWorkItem;
import org.solarpm.template.ProjectPlan;
import org.solarpm.template.ProjectTemplate;
import org.solarpm.template.StageDef;

/**
 * Lays a new project out from its template plan: gate items, board with columns and one card per
 * task, milestones, work items and the material plan. Runs inside the caller's transaction; rows
 * are written in JDBC batches per table, two flushes to obtain the project and board keys.
 */
@ApplicationScoped
public class ProjectSetup {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectRepository projects;

    @Inject
    BoardRepository boards;

    @Inject
    MilestoneRepository milestones;

    @Inject
    WorkItemRepository workItems;

    public void layOut(Project project, ProjectTemplate template, ProjectPlan plan, Instant now) {
        for (StageDef stage : template.stages()) {
            for (GateItemDef g : stage.gateItems()) {
                project.addGateItem(Stage.of(stage.code()), g.code(), g.name().zh(), g.name().en(), g.documentRequired());
            }
        }
        projects.add(project);
        em.flush();
        Board board = new Board(project.getId());
        for (ColumnDef c : template.columns()) {
            board.addColumn(c.code(), c.name().zh(), c.name().en(), c.wipLimit());
        }
        boards.add(board);
        em.flush();
        boards.addCards(cards(board, plan.tasks(), now));
        milestones.addAll(plan.milestones().stream().map(m -> milestone(project.getId(), m)).toList());
        List<WorkItem> items = new ArrayList<>();
        for (PlannedWorkItem w : plan.workItems()) {
            items.add(new WorkItem(project.getId(), items.size(), w.code(), w.name().zh(), w.name().en(), w.unit(),
                    w.designQuantity(), w.weight(), w.plannedStart(), w.plannedEnd()));
        }
        workItems.addAll(items);
        List<MaterialPlanLine> lines = new ArrayList<>();
        plan.materials().forEach(m -> lines.add(new MaterialPlanLine(project.getId(), lines.size(), m)));
        projects.addMaterialPlan(lines);
        em.flush();
    }

    private static List<Card> cards(Board board, List<PlannedTask> tasks, Instant now) {
        BoardColumn backlog = board.backlog();
        List<Card> cards = new ArrayList<>(tasks.size());
        for (PlannedTask t : tasks) {
            cards.add(new Card(board, backlog, t.code(), t.name().zh(), t.name().en(), t.stage().name(), t.startDate(), t.dueDate(),
                    t.role().name(), t.blockNo(), Card.initialRank(cards.size()), now));
        }
        return cards;
    }

    private static Milestone milestone(long projectId, PlannedMilestone m) {
        return new Milestone(projectId, m.code(), m.name().zh(), m.name().en(), m.stage().name(), m.key(), m.plannedDate());
    }
}
