package org.solarpm.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.solarpm.identity.Actor;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectAccess;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.DomainException;

/**
 * Resolves a board or card for an actor with the project rules of {@link ProjectAccess}: whoever
 * may see the project sees its board; members but viewers change cards; PMs change columns, lanes
 * and may force a move over a WIP limit. A board or card of a project one may not see is "not found".
 */
@ApplicationScoped
public class BoardAccess {

    /** A board with its project. */
    public record Scope(Project project, Board board) {
    }

    /** A card with its board and project. */
    public record CardScope(Project project, Board board, Card card) {
    }

    @Inject
    ProjectService projects;

    @Inject
    BoardRepository boards;

    public Scope view(Actor actor, long projectId) {
        Project project = projects.get(actor, projectId);
        Board board = boards.boardOf(projectId).orElseThrow(() -> DomainException.notFound("Board"));
        return new Scope(project, board);
    }

    public Scope contribute(Actor actor, long projectId) {
        Scope s = view(actor, projectId);
        if (!ProjectAccess.canContribute(actor, s.project())) {
            throw DomainException.forbidden();
        }
        return s;
    }

    public Scope manage(Actor actor, long projectId) {
        Scope s = view(actor, projectId);
        if (!ProjectAccess.canManage(actor, s.project())) {
            throw DomainException.forbidden();
        }
        return s;
    }

    public CardScope viewCard(Actor actor, long cardId) {
        Card card = boards.card(cardId).orElseThrow(() -> DomainException.notFound("Card"));
        Board board = boards.board(card.getBoardId()).orElseThrow(() -> DomainException.notFound("Card"));
        Project project;
        try {
            project = projects.get(actor, board.getProjectId());
        } catch (DomainException e) {
            throw DomainException.notFound("Card");
        }
        return new CardScope(project, board, card);
    }

    public CardScope contributeToCard(Actor actor, long cardId) {
        CardScope s = viewCard(actor, cardId);
        if (!ProjectAccess.canContribute(actor, s.project())) {
            throw DomainException.forbidden();
        }
        return s;
    }

    public static boolean canManage(Actor actor, Project project) {
        return ProjectAccess.canManage(actor, project);
    }

    public static boolean isMember(Project project, long userId) {
        return project.memberOf(userId).isPresent();
    }
}
