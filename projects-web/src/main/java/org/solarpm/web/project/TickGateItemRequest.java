package org.solarpm.web.project;

/** {@code POST /projects/{id}/gate-items/{code}/tick}: optionally with a document of the project as evidence. */
public record TickGateItemRequest(Long documentId) {
}
