package org.solarpm.board;

/** How urgent a card is; the board shows URGENT and HIGH cards marked. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
