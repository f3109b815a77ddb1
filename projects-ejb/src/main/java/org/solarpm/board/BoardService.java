package org.solarpm.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.solarpm.identity.Actor;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.DomainException;

/** Reading a project's board; visible to whoever may see the project. */
@Stateless
public class BoardService {

    /** A board with all its cards, ordered by column and rank. */
    public record BoardContent(Board board, List<Card> cards) {
    }

    @Inject
    ProjectService projects;

    @Inject
    BoardRepository boards;

    public BoardContent boardOf(Actor actor, long projectId) {
        projects.get(actor, projectId);
        Board board = boards.boardOf(projectId).orElseThrow(() -> DomainException.notFound("Board"));
        board.getColumns().size();
        return new BoardContent(board, boards.cardsOf(board));
    }
}
