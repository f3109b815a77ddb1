package org.solarpm.board;

import java.util.List;
import java.util.Map;
import org.solarpm.project.ProjectDocument;

/** Everything the card panel shows. */
public record CardDetails(Card card, long projectId, Map<Long, String> assigneeNames, List<CardComment> comments,
                          List<CardActivity> activity, List<ProjectDocument> attachments) {
}
