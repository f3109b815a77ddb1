/**
 * The board over HTTP: the board with its cards (filtered), card use cases (create, edit, move,
 * comment, attach, archive), columns and swimlanes, my cards, workload, the Excel export, and the
 * live board as server-sent events fed from the database outbox.
 */
package org.solarpm.web.board;
