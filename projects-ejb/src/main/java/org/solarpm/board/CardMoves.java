package org.solarpm.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import org.solarpm.identity.Actor;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Moving a card: to a column and lane, after a given card. The move writes only the moved card
 * (a new {@link Rank} between its neighbours), one activity row and one event row, and reads a
 * fixed number of rows: the statements per move do not grow with the board. WIP limits of the
 * target column and lane are checked under a row lock on that column/lane, so two concurrent
 * moves cannot both take the last free place. A stale version changes nothing (409).
 */
@Stateless
public class CardMoves {

    private static final Logger LOG = Logger.getLogger(CardMoves.class.getName());
    /** Cards re-spaced on each side when keys have grown too long; doubled while the bounds are still too close. */
    private static final int FIRST_WINDOW = 16;
    private static final int LAST_WINDOW = 1024;

    @Inject
    BoardAccess access;

    @Inject
    BoardRepository boards;

    @Inject
    BoardEventLog events;

    @Inject
    CompanyClock clock;

    public Card move(Actor actor, long cardId, MoveCard cmd) {
        BoardAccess.CardScope s = access.contributeToCard(actor, cardId);
        Card card = s.card();
        CardService.checkVersion(card, cmd.version());
        BoardColumn target = boards.column(cmd.toColumnId()).filter(c -> c.getBoardId() == card.getBoardId())
                .orElseThrow(() -> DomainException.notFound("Column"));
        Swimlane lane = laneFor(card, cmd.toSwimlaneId());
        Long laneId = cmd.toSwimlaneId() == null ? card.getSwimlaneId() : lane == null ? null : lane.getId();
        String afterRank = afterRank(card, target, cmd.afterCardId());
        String overLimit = checkLimits(actor, s, card, target, lane, cmd);
        Instant now = clock.now();
        String beforeRank = boards.rankAfter(target.getId(), afterRank, card.getId());
        boolean respaced = false;
        if (!card.moveTo(target, laneId, afterRank, beforeRank, now)) {
            String[] gap = respace(card, target.getId(), afterRank);
            if (!card.moveTo(target, laneId, gap[0], gap[1], now)) {
                throw new IllegalStateException("no rank after re-spacing column " + target.getId());
            }
            respaced = true;
        }
        try {
            boards.flush();
        } catch (OptimisticLockException e) {
            throw DomainException.conflict("error.staleVersion");
        }
        String where = target.nameIn(actor.locale()) + (lane == null ? "" : " / " + lane.getName());
        Long movedLane = card.getSwimlaneId();
        boards.record(new CardActivity(card, actor, overLimit == null ? CardActivity.Action.MOVED : CardActivity.Action.MOVED_OVER_LIMIT,
                overLimit == null ? where : where + " — " + overLimit, now));
        var payload = BoardEventLog.payload().add("cardId", card.getId()).add("columnId", target.getId())
                .add("rank", card.getRank()).add("version", card.getVersion());
        if (movedLane == null) {
            payload.addNull("swimlaneId");
        } else {
            payload.add("swimlaneId", movedLane);
        }
        events.publish(s.project().getId(), "CARD_MOVED", card.getId(), actor, payload, now);
        if (respaced) {
            // neighbours got new keys: viewers reload the board rather than sort by stale ones
            events.publish(s.project().getId(), "BOARD_CHANGED", null, actor, BoardEventLog.payload().add("change", "RESPACED"), now);
        }
        return card;
    }

    /** The lane a move goes to when it names one (0 = out of any lane); null when it keeps the card's lane. */
    private Swimlane laneFor(Card card, Long laneId) {
        if (laneId == null || laneId == 0) {
            return null;
        }
        return boards.lane(laneId).filter(l -> l.getBoardId() == card.getBoardId())
                .orElseThrow(() -> DomainException.notFound("Swimlane"));
    }

    private String afterRank(Card card, BoardColumn target, Long afterCardId) {
        if (afterCardId == null) {
            return null;
        }
        if (afterCardId == card.getId().longValue()) {
            throw DomainException.invalid("afterCardId", "error.card.afterItself");
        }
        Card after = boards.card(afterCardId).filter(c -> c.getBoardId() == card.getBoardId())
                .orElseThrow(() -> DomainException.notFound("Card"));
        if (!target.getId().equals(after.getColumnId()) || after.isArchived()) {
            throw DomainException.invalid("afterCardId", "error.card.afterOtherColumn");
        }
        return after.getRank();
    }

    /** Refuses a move into a full column or lane (409 with the limit), unless a PM forces it with a reason. */
    private String checkLimits(Actor actor, BoardAccess.CardScope s, Card card, BoardColumn target, Swimlane lane, MoveCard cmd) {
        List<String> exceeded = new ArrayList<>();
        DomainException refusal = null;
        if (!target.getId().equals(card.getColumnId()) && target.getWipLimit() != null) {
            long open = boards.lockAndCountOpen(target);
            if (target.isFullWith(open)) {
                refusal = DomainException.conflict("error.board.wipLimit", target.nameIn(actor.locale()), target.getWipLimit(), open);
                exceeded.add(target.nameIn(actor.locale()) + " " + open + "/" + target.getWipLimit());
            }
        }
        if (lane != null && !lane.getId().equals(card.getSwimlaneId()) && lane.getWipLimit() != null) {
            long open = boards.lockAndCountOpen(lane);
            if (open >= lane.getWipLimit()) {
                refusal = refusal != null ? refusal
                        : DomainException.conflict("error.board.laneWipLimit", lane.getName(), lane.getWipLimit(), open);
                exceeded.add(lane.getName() + " " + open + "/" + lane.getWipLimit());
            }
        }
        if (refusal == null) {
            return null;
        }
        if (!cmd.force()) {
            throw refusal;
        }
        if (!BoardAccess.canManage(actor, s.project())) {
            throw DomainException.forbidden();
        }
        if (cmd.reason() == null || cmd.reason().isBlank()) {
            throw DomainException.invalid("reason", "error.board.forceReason");
        }
        return String.join(", ", exceeded) + ": " + cmd.reason().strip();
    }

    /**
     * Gives the cards around {@code afterRank} evenly spaced short keys between the nearest cards
     * outside a window of {@value #FIRST_WINDOW} a side (widened up to {@value #LAST_WINDOW}).
     * Only runs when keys have grown past {@link Rank#MAX_LENGTH}, i.e. after many moves into one spot.
     */
    private String[] respace(Card moving, long columnId, String afterRank) {
        for (int window = FIRST_WINDOW; ; window *= 4) {
            List<Card> before = without(boards.neighbours(columnId, afterRank, true, window + 1), moving);
            List<Card> after = without(boards.neighbours(columnId, afterRank, false, window + 1), moving);
            String lower = before.size() > window ? before.remove(window).getRank() : null;
            String upper = after.size() > window ? after.remove(window).getRank() : null;
            Collections.reverse(before);
            List<Card> run = new ArrayList<>(before);
            run.addAll(after);
            List<String> keys = Rank.spread(lower, upper, run.size() + 1);
            boolean fits = keys.stream().noneMatch(k -> k.length() > Rank.MAX_LENGTH - 8);
            if (fits || window >= LAST_WINDOW || lower == null && upper == null) {
                java.util.Map<Long, String> fresh = new java.util.LinkedHashMap<>();
                for (int i = 0; i < run.size(); i++) {
                    fresh.put(run.get(i).getId(), keys.get(i < before.size() ? i : i + 1));
                }
                boards.respace(columnId, fresh);
                LOG.info(() -> "re-spaced " + run.size() + " cards of column " + columnId);
                // the moving card goes into the gap left free right after the "after" card
                String lo = before.isEmpty() ? lower : keys.get(before.size() - 1);
                String hi = after.isEmpty() ? upper : keys.get(before.size() + 1);
                return new String[] {lo, hi};
            }
        }
    }

    private static List<Card> without(List<Card> cards, Card moving) {
        List<Card> out = new ArrayList<>(cards);
        out.remove(moving);
        return out;
    }
}
