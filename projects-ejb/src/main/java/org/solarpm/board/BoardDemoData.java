package org.solarpm.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.solarpm.demo.DemoContext;
import org.solarpm.demo.DemoData;
import org.solarpm.shared.CompanyClock;

/**
 * Demo boards with work under way: on every demo project a few cards are in progress or done,
 * assigned to the site lead with labels and a checklist, so that "my cards" and the workload view
 * have something to show.
 */
@ApplicationScoped
public class BoardDemoData implements DemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardRepository boards;

    @Inject
    CompanyClock clock;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed(DemoContext context) {
        long site = context.user("site").getId();
        long pm = context.user("pm").getId();
        Instant now = clock.now();
        for (Board board : em.createQuery("SELECT b FROM Board b", Board.class).getResultList()) {
            List<BoardColumn> columns = board.getColumns();
            if (columns.size() < 3) {
                continue;
            }
            List<Card> todo = boards.cardsOf(board).stream().filter(c -> c.getColumnId().equals(columns.get(0).getId())).limit(6).toList();
            for (int i = 0; i < todo.size(); i++) {
                Card card = todo.get(i);
                BoardColumn target = i < 2 ? columns.get(columns.size() - 1) : columns.get(1);
                String last = boards.lastRank(target.getId());
                card.moveTo(target, null, last, null, now);
                card.assign(Set.of(i % 2 == 0 ? site : pm));
                card.label(Set.of(i % 3 == 0 ? "屋面" : "电气"));
                card.checklist(List.of(new ChecklistItem.Draft("安全交底", true), new ChecklistItem.Draft("现场照片", i < 2)));
                em.flush();
            }
        }
    }
}
