package org.solarpm.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.identity.AuditLog;
import org.solarpm.project.ProjectAccess;
import org.solarpm.shared.CompanyClock;

/**
 * Views across boards: "my cards" over all projects, the workload of each person (open and overdue
 * cards over the projects the caller sees), and the board's Excel export (recorded in the audit log).
 * Cards in a board's rightmost column count as done.
 */
@Stateless
public class BoardViews {

    /** One of my open cards, with its project and column. */
    public record MyCard(long id, String code, String titleZh, String titleEn, LocalDate dueDate, Priority priority, int version,
                         long columnId, String columnZh, String columnEn, long projectId, String projectCode, String projectName,
                         boolean done, boolean overdue) {
    }

    /** Open and overdue cards of one person. */
    public record Workload(long userId, String name, long open, long overdue, long projects) {
    }

    private static final String DONE = "col.position = (SELECT MAX(x.position) FROM board_column x WHERE x.board_id = col.board_id)";

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardService boards;

    @Inject
    AuditLog audit;

    @Inject
    CompanyClock clock;

    public List<MyCard> myCards(Actor actor) {
        LocalDate today = clock.today();
        List<Object> params = new ArrayList<>(List.of(actor.id()));
        String sql = "SELECT c.id, c.code, c.title_zh, c.title_en, c.due_date, c.priority, c.version, col.id, col.name_zh, col.name_en,"
                + " p.id, p.code, p.name, " + DONE + " FROM card_assignee a JOIN card c ON c.id = a.card_id"
                + " JOIN board_column col ON col.id = c.column_id JOIN board b ON b.id = c.board_id JOIN project p ON p.id = b.project_id"
                + " WHERE a.user_id = ? AND c.archived_at IS NULL" + scope(actor, params)
                + " ORDER BY c.due_date IS NULL, c.due_date, c.id LIMIT 1000";
        List<MyCard> out = new ArrayList<>();
        for (Object row : BoardRepository.bind(em.createNativeQuery(sql), params).getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate due = BoardRepository.toDate(r[4]);
            boolean done = truthy(r[13]);
            out.add(new MyCard(num(r[0]), (String) r[1], (String) r[2], (String) r[3], due, Priority.valueOf((String) r[5]),
                    (int) num(r[6]), num(r[7]), (String) r[8], (String) r[9], num(r[10]), (String) r[11], (String) r[12], done,
                    !done && due != null && due.isBefore(today)));
        }
        return out;
    }

    public List<Workload> workload(Actor actor) {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(clock.today())));
        String sql = "SELECT u.id, u.display_name, COUNT(*), COALESCE(SUM(c.due_date < ?), 0), COUNT(DISTINCT p.id)"
                + " FROM card_assignee a JOIN card c ON c.id = a.card_id JOIN board_column col ON col.id = c.column_id"
                + " JOIN board b ON b.id = c.board_id JOIN project p ON p.id = b.project_id JOIN app_user u ON u.id = a.user_id"
                + " WHERE c.archived_at IS NULL AND NOT (" + DONE + ")" + scope(actor, params)
                + " GROUP BY u.id, u.display_name ORDER BY 4 DESC, 3 DESC, u.display_name LIMIT 500";
        List<Workload> out = new ArrayList<>();
        for (Object row : BoardRepository.bind(em.createNativeQuery(sql), params).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Workload(num(r[0]), (String) r[1], num(r[2]), num(r[3]), num(r[4])));
        }
        return out;
    }

    /** The board for the Excel export; the export is written to the audit log. */
    public BoardService.BoardContent export(Actor actor, long projectId, CardFilter filter) {
        BoardService.BoardContent content = boards.boardOf(actor, projectId, filter);
        audit.record(actor, AuditLog.EXPORT, "Board", content.board().getId(),
                "board.xlsx project " + projectId + ", " + content.cards().size() + " cards");
        return content;
    }

    private static String scope(Actor actor, List<Object> params) {
        ProjectAccess.Scope s = ProjectAccess.scopeOf(actor);
        if (s.wholeCompany()) {
            return "";
        }
        params.add(s.userId());
        if (s.branchId() != null) {
            params.add(s.branchId());
            return " AND (EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.user_id = ?) OR p.branch_id = ?)";
        }
        return " AND EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.user_id = ?)";
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }
}
