/** HTTP edge of milestones: a project's milestones, replanning and completion, and the cross-project timeline. */
package org.solarpm.web.milestone;
