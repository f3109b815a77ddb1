package org.solarpm.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Boards and their cards. */
@ApplicationScoped
public class BoardRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Board board) {
        em.persist(board);
    }

    public void addCards(List<Card> cards) {
        cards.forEach(em::persist);
    }

    public Optional<Board> boardOf(long projectId) {
        return em.createNamedQuery(Board.OF_PROJECT, Board.class).setParameter("projectId", projectId).getResultStream().findFirst();
    }

    public List<Card> cardsOf(Board board) {
        return em.createNamedQuery(Card.OF_BOARD, Card.class).setParameter("boardId", board.getId()).getResultList();
    }

    public long countCards(Board board) {
        return em.createNamedQuery(Card.COUNT_OF_BOARD, Long.class).setParameter("boardId", board.getId()).getSingleResult();
    }
}
