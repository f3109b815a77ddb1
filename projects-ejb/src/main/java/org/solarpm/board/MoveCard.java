package org.solarpm.board;

/**
 * A move: target column, lane (null = keep the card's lane; {@code 0} = no lane) and the card it
 * should follow (null = top of the column), with the version the client saw. {@code force} with a
 * {@code reason} lets a PM exceed a WIP limit.
 */
public record MoveCard(long toColumnId, Long toSwimlaneId, Long afterCardId, int version, boolean force, String reason) {
}
