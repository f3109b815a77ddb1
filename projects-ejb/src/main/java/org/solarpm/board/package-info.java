/**
 * The project board: columns with WIP limits and the task cards laid out from the template when a
 * project is created. Cards carry a sortable rank for the Kanban features that build on this.
 */
package org.solarpm.board;
