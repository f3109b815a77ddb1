/**
 * The project Kanban board: columns and swimlanes with WIP limits, cards with their details,
 * comments, attachments and history, and moves that write only the moved card (a {@link
 * org.solarpm.board.Rank} between its neighbours). Every change is published through the
 * {@code board_event} outbox that each app instance polls for its live viewers.
 */
package org.solarpm.board;
