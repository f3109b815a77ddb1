package org.solarpm.web.board;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.solarpm.board.MoveCard;

/**
 * {@code POST /cards/{id}/move}: target column, swimlane (omitted = keep, 0 = none), the card to
 * follow (omitted = top), the version the client saw; {@code force} with a {@code reason} lets a PM
 * exceed a WIP limit.
 */
public record MoveCardRequest(@NotNull Long toColumnId, Long toSwimlaneId, Long afterCardId, @NotNull Integer version, Boolean force,
                              @Size(max = 500) String reason) {

    MoveCard toCommand() {
        return new MoveCard(toColumnId, toSwimlaneId, afterCardId, version, Boolean.TRUE.equals(force), reason);
    }
}
