package org.solarpm.web.board;

import jakarta.validation.constraints.NotNull;

/** The version of a card the client saw, for archive and restore. */
public record VersionRequest(@NotNull Integer version) {
}
